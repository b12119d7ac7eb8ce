using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// RegisterInstance (seed 000, spec/dms-register-instance.openapi.yaml): reads and checks the request
/// parameters table in order, then the notes' conditional requirements, then registers the instance in
/// the tenant (known DBA, new host and port, unused datalink name).
/// </summary>
internal sealed class RegisterInstanceAction(DmsTenant tenant, bool ignoreConditions = false)
{
    /// <summary>InstanceSource (line 99).</summary>
    public static readonly IReadOnlyList<string> Sources = ["PUBLIC_OWN", "RDS", "ECS_OWN", "VPC_IDC"];

    /// <summary>NetworkType (line 117).</summary>
    public static readonly IReadOnlyList<string> NetworkTypes = ["CLASSIC", "VPC"];

    /// <summary>EnvType (line 131).</summary>
    public static readonly IReadOnlyList<string> EnvTypes = ["product", "dev", "pre", "test", "sit", "uat", "pet", "stag"];

    /// <summary>
    /// InstanceType refers to a "DbType parameter description" page the seeds do not include; these are the
    /// engines DMS documents elsewhere, compared case-insensitively (the example says MySQL, the Sid note ORACLE).
    /// </summary>
    public static readonly IReadOnlyList<string> DbTypes =
    [
        "mysql", "sqlserver", "postgresql", "oracle", "drds", "mariadb", "polardb", "polardb_pg", "polardb_oracle",
        "polardbx", "oceanbase", "oceanbase_mysql", "oceanbase_oracle", "mongodb", "redis", "clickhouse", "gpdb",
        "adb_mysql", "adb_pg", "db2", "dm", "hbase", "lindorm", "starrocks", "selectdb",
    ];

    /// <summary>The notes' "This parameter is required if …", one row per trigger value, with the note's line.</summary>
    private static readonly (string If, string Value, string Then, int Line)[] Conditions =
    [
        ("InstanceSource", "ECS_OWN", "EcsInstanceId", 161),
        ("InstanceSource", "VPC_IDC", "VpcId", 175),
        ("InstanceSource", "RDS", "EcsRegion", 189),
        ("InstanceSource", "ECS_OWN", "EcsRegion", 189),
        ("InstanceSource", "VPC_IDC", "EcsRegion", 189),
        ("InstanceType", "ORACLE", "Sid", 223),
        ("UseDsql", "1", "DataLinkName", 306),
    ];

    /// <summary>Free-text parameters whose only rule is to be given once; read so that a repeated one is rejected.</summary>
    private static readonly string[] OptionalText =
        ["EcsInstanceId", "VpcId", "EcsRegion", "Sid", "EnableSellSitd", "TemplateType", "ResourceGroup"];

    public void Run(DmsQuery query)
    {
        DmsTenant.CheckTenant(query.OptionalInt64("Tid"));
        var instanceType = query.Required("InstanceType");
        if (!DbTypes.Contains(instanceType, StringComparer.OrdinalIgnoreCase))
            throw new SideErrorException(DmsErrors.InvalidParameter("InstanceType", $"'{instanceType}' is not a DMS database type"));
        var source = query.RequiredEnum("InstanceSource", Sources);
        var networkType = query.RequiredEnum("NetworkType", NetworkTypes);
        var envType = query.RequiredEnum("EnvType", EnvTypes);
        var host = query.Required("Host");
        var port = query.RequiredInt64("Port", 1, 65535);
        var databaseUser = query.Required("DatabaseUser");
        query.Required("DatabasePassword");
        var alias = query.Required("InstanceAlias");
        var dbaUid = query.RequiredInt64("DbaUid", 1);
        var safeRule = query.Required("SafeRule");
        var queryTimeout = query.RequiredInt64("QueryTimeout", 1);
        var exportTimeout = query.RequiredInt64("ExportTimeout", 1);
        var dataLinkName = query.Optional("DataLinkName");
        if (dataLinkName is not null && !dataLinkName.All(c => c is (>= 'a' and <= 'z') or '_'))
            throw new SideErrorException(DmsErrors.InvalidParameter("DataLinkName", "the datalink name can contain only lowercase letters and underscores (line 308)"));
        query.OptionalInt64Enum("DdlOnline", [0, 1, 2]);
        var useDsql = query.OptionalInt64Enum("UseDsql", [0, 1]);
        query.OptionalBoolean("SkipTest");
        query.OptionalInt64("TemplateId");
        var dbaUidByString = query.Optional("DbaUidByString");
        foreach (var name in OptionalText)
            query.Optional(name);

        if (!ignoreConditions) CheckConditions(query);

        tenant.RegisterInstance(new DmsInstance(
            host, port, instanceType, source, networkType, envType, alias, databaseUser,
            // "This parameter replaces DbaUid" (line 404): when given, it names the DBA.
            dbaUidByString ?? dbaUid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            safeRule, queryTimeout, exportTimeout, dataLinkName, useDsql == 1));
    }

    private static void CheckConditions(DmsQuery query)
    {
        foreach (var (ifName, value, then, line) in Conditions)
        {
            if (string.Equals(query.Optional(ifName), value, StringComparison.OrdinalIgnoreCase) && !query.Has(then))
                throw new SideErrorException(DmsErrors.MissingParameter(then, $"{ifName} is {value} (line {line})"));
        }
    }
}
