namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>One instance parameter as Table 4-139 shows it (flags are "0"/"1" strings, as in the example).</summary>
internal sealed record InstanceParameter(
    string Name, string Value, bool NeedRestart, bool ReadOnly, string ValueRange, string DataType, string Description);

/// <summary>
/// The parameters every new instance starts with: the one of the 4.2.23 example (with its value, range
/// and type), and the ones Table 4-530 (4.10, modifying instance parameters) lists, with the defaults and
/// ranges its descriptions state. Where the document states no default or range, the value is the one a
/// DDM instance ships with; those are marked "not documented". 22 parameters, as the 4.2.23 example's
/// <c>total</c> says.
/// </summary>
internal static class ParameterDefaults
{
    private const string OnOff = "ON|OFF";

    public static IReadOnlyList<InstanceParameter> All { get; } =
    [
        new("bind_table", "", false, false, "", "string", "Data association among multiple sharded tables. The format is [{tb.col1,tb2.col2},{tb.col2,tb3.col1},...]."),
        new("character_set_server", "utf8mb4", true, false, "gbk|utf8|utf8mb4", "list", "DDM server's character set."), // default not documented
        new("collation_server", "utf8mb4_unicode_ci", true, false, "utf8mb4_unicode_ci|utf8mb4_bin|utf8mb4_general_ci", "list", "Collation on the DDM server."), // not documented
        new("concurrent_execution_level", "RDS_INSTANCE", false, false, "DATA_NODE|RDS_INSTANCE|PHY_TABLE", "list", "Concurrency level of scanning table shards in a logical table."), // default not documented
        new("connection_idle_timeout", "28800", false, false, "60-28800", "integer", "Number of seconds the server waits for activity on a connection before closing it."),
        new("contains_shard_key", "OFF", false, false, OnOff, "boolean", "Whether the SELECT, UPDATE, and DELETE statements must contain sharding keys in filter conditions."), // named in 4.10 only
        new("enable_table_recycle", "OFF", false, false, OnOff, "boolean", "Whether the table recycle bin is enabled."), // default not documented
        new("insert_to_load_data", "OFF", false, false, OnOff, "boolean", "Whether the constant values are inserted by executing the LOAD DATA statement."), // default not documented
        new("live_transaction_timeout_on_shutdown", "1", false, false, "0-100", "integer", "Timeout limit of an in-transit transaction, in seconds."),
        new("long_query_time", "1", false, false, "0.01-10", "float", "Minimum duration of a query to be logged as slow, in seconds."),
        new("max_allowed_packet", "16777216", false, false, "1024-1073741824", "integer", "Maximum size of one packet or any generated intermediate string. The value must be a multiple of 1024."),
        new("max_backend_connections", "0", false, false, "0-10000000", "integer", "Maximum of concurrent RDS client connections allowed per DDM instance."),
        new("max_connections", "20000", false, false, "10-40000", "integer", "Concurrent connections allowed per DDM instance."),
        new("min_backend_connections", "10", false, false, "0-10000000", "integer", "Minimum concurrent connections from a DDM node to an RDS instance."),
        new("not_from_pushdown", "OFF", false, false, OnOff, "boolean", "Whether the SELECT statements that do not contain any FROM clauses are pushed down."), // default not documented
        new("seconds_behind_master", "30", false, false, "0-7200", "integer", "Threshold in seconds of the replication lag between a primary RDS instance and its read replica."),
        new("sql_audit", "ON", false, false, OnOff, "boolean", "Whether SQL audit is enabled."), // default not documented
        new("sql_execute_timeout", "28800", false, false, "100-28800", "integer", "Number of seconds to wait for a SQL statement to execute before it times out."),
        new("support_ddl_binlog_hint", "OFF", false, false, OnOff, "boolean", "Whether a binlog hint is added to each DDL statement."), // default not documented
        new("temp_table_size_limit", "1000000", false, false, "500000-2000000000", "integer", "Maximum size of the temporary table."),
        new("transaction_policy", "XA", false, false, "XA|FREE|NO_DTX", "list", "Transactions supported by DDM."), // default not documented
        new("ultimate_optimize", "ON", false, false, OnOff, "boolean", "Whether the SQL execution plan is optimized based on parameter values."), // default not documented
    ];
}
