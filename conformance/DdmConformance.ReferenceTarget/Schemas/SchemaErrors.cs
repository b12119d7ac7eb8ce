using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>The A.3 codes of chapter 4.3, with their documented messages (all 400 in A.3).</summary>
internal static class SchemaErrors
{
    private static ApiError Parameter(string code, string message, string detail) => new(ErrorKind.InvalidParameter, 400, code, message, detail);

    private static ApiError State(string code, string message, string detail) => new(ErrorKind.InvalidState, 400, code, message, detail);

    public static ApiError DeleteFailed(string detail) => State("DBS.300101", "Failed to delete the schema.", detail);

    public static ApiError InvalidRdsCount(string detail) => Parameter("DBS.300102", "The number of RDS instances associated with the schema is invalid.", detail);

    public static ApiError UnknownRds(string detail) => Parameter("DBS.300103", "The RDS instance does not exist or it is not in the same VPC as the schema.", detail);

    public static ApiError InvalidShardMode(string detail) => Parameter("DBS.300104", "The sharding rule of the schema is invalid.", detail);

    public static ApiError InvalidShardUnit(string detail) => Parameter("DBS.300106", "The number of shards per RDS instance is invalid.", detail);

    public static ApiError DuplicateRds(string detail) => Parameter("DBS.300108", "The RDS instances are duplicated.", detail);

    public static ApiError InvalidName(string detail) => Parameter("DBS.300109", "The schema name is invalid.", detail);

    public static ApiError RdsNotAssociable(string detail) => State("DBS.300110", "The status of the RDS instance does not allow associating with the schema.", detail);

    public static ApiError DuplicateName(string name) => Parameter("DBS.300112", "This schema name already exists.", $"schema '{name}' exists in this instance");

    public static ApiError PhysicalDatabaseFailed(string detail) => State("DBS.300113", "Failed to create a physical database.", detail);

    public static ApiError WrongRdsCredentials(string detail) => Parameter("DBS.300114", "The administrator or password is incorrect.", detail);

    public static ApiError InvalidShardConfiguration(string detail) => Parameter("DBS.300118", "Failed to configure shards of a schema.", detail);

    public static ApiError CancelRefused(string detail) => State("DBS.300121", "Failed to delete the shard configuration task.", detail);

    public static ApiError RollbackRefused(string detail) => State("DBS.300122", "Failed to roll back the shard configuration task.", detail);

    public static ApiError RetryRefused(string detail) => State("DBS.300123", "Failed to retry the shard configuration task.", detail);

    public static ApiError InvalidTotalShards(string detail) => Parameter("DBS.300127", "The number of shards in the RDS instances associated with the schema is invalid.", detail);

    /// <summary>A schema the path names and the instance does not have: 404, as every unknown id in a path (A.3 lists the code with 400).</summary>
    public static ApiError UnknownSchema(string name)
        => new(ErrorKind.UnknownInstance, 404, "DBS.300129", "Failed to query schema information.", $"no schema '{name}' in this instance");

    public static ApiError SchemaNotRunning(string detail) => State("DBS.300130", "Invalid schema status.", detail);

    public static ApiError RdsBusyWithShardConfiguration(string detail) => State("DBS.300133", "The RDS instance is being used to scale out a schema.", detail);

    public static ApiError RollbackOrCancelNotAllowed(string detail) => State("DBS.300134", "The schema status does not allow rolling back or canceling the scale-out task.", detail);

    public static ApiError ShardConfigurationWrongCredentials(string detail) => Parameter("DBS.300357", "The RDS instance administrator or password is incorrect.", detail);

    public static ApiError SourceDataNotCleared(string detail) => State("DBS.300358", "There is a schema where source data is not cleared.", detail);

    public static ApiError InvalidTimeRange(string detail) => Parameter("DBS.300377", "Invalid time range.", detail);

    public static ApiError WrongTaskType(string detail) => Parameter("DBS.300379", "The operation is not allowed for this type of tasks.", detail);

    /// <summary>A task id the path names and the schema does not have: 404, as every unknown id in a path (A.3 lists the code with 400).</summary>
    public static ApiError UnknownTask(string id) => new(ErrorKind.UnknownInstance, 404, "DBS.300400", "The task is not found.", $"no task '{id}' for this schema");

    public static ApiError NameLength(string detail) => Parameter("DBS.300405", "The schema name length is invalid.", detail);

    public static ApiError NameKeyword(string keyword) => Parameter("DBS.300406", "The schema name cannot contain keyword keyword.", $"the schema name contains or is the keyword {keyword}");

    public static ApiError NameUppercase(string detail) => Parameter("DBS.300407", "The schema name cannot contain uppercase letters.", detail);
}
