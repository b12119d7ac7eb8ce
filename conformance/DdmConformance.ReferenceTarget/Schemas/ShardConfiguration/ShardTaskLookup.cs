using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

/// <summary>
/// The task a <c>…/databases/{db_name}/migration/jobs/{job_id}</c> path names: the schema must exist
/// (404 DBS.300129); the id must be one of its shard configuration tasks: a pre-check id is the wrong
/// kind of task (DBS.300379), anything else is unknown (404 DBS.300400).
/// </summary>
internal static class ShardTaskLookup
{
    public static ShardTask Find(InstanceSchemas.Editor editor, OperationRequest request)
    {
        var (schemaName, id) = (request.Path("db_name"), request.Path("job_id"));
        var schema = editor.Find(schemaName) ?? throw new ApiErrorException(SchemaErrors.UnknownSchema(schemaName));
        if (editor.Task(id) is { } task && task.SchemaName == schema.Name)
            return task;
        if (editor.PrecheckOf(id) is { } precheck && precheck.SchemaName == schema.Name)
            throw new ApiErrorException(SchemaErrors.WrongTaskType($"{id} is a pre-check, not a shard configuration task"));
        throw new ApiErrorException(SchemaErrors.UnknownTask(id));
    }
}
