using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>Table of contents of chapter 4.3 (Schemas): its 22 operations, bound to their handlers.</summary>
internal static class SchemaChapter
{
    private const string V1Schemas = "/v1/{project_id}/instances/{instance_id}/databases";
    private const string V3Instance = "/v3/{project_id}/instances/{instance_id}";
    private const string Migration = V3Instance + "/databases/{db_name}/migration";
    private const string Task = Migration + "/jobs/{job_id}";

    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var access = new SchemaAccess(context);
        var schemas = new SchemaOperations(access, new SchemaRepresentation(context.Deviations), context.Answers, context.Deviations);
        var available = new AvailableDataNodes(access, context.Deviations);
        var metadata = new SchemaMetadata(access, context.Answers, context.Deviations);
        var shards = new ShardConfigurationOperations(access, context.Answers, context.Deviations);
        var actions = new ShardTaskActions(access, context.Answers);
        return
        [
            OperationTable.V1("createSchema", "POST", V1Schemas, body: true, schemas.CreateV1),
            OperationTable.V1("listSchemas", "GET", V1Schemas, body: false, schemas.List),
            OperationTable.V1("showSchema", "GET", V1Schemas + "/{ddm_dbname}", body: false, schemas.Show),
            OperationTable.V1("deleteSchema", "DELETE", V1Schemas + "/{ddm_dbname}", body: false, schemas.DeleteV1),
            OperationTable.V1("listAvailableDbInstances", "GET", "/v1/{project_id}/instances/{instance_id}/rds", body: false, available.ListForSchemasV1),
            OperationTable.V3("createSchemaV3", "POST", V3Instance + "/databases", body: true, schemas.CreateV3),
            OperationTable.V3("deleteSchemaV3", "DELETE", V3Instance + "/databases/{database_name}", body: false, schemas.DeleteV3),
            OperationTable.V3("showSchemaV3", "GET", V3Instance + "/databases/{database_name}", body: false, schemas.ShowV3),
            OperationTable.V3("exportSchemaMetadata", "GET", V3Instance + "/schema-metadata", body: false, metadata.Export),
            OperationTable.V3("importSchemaMetadata", "POST", V3Instance + "/schema-metadata", body: true, metadata.Import),
            OperationTable.V3("listAvailableDataNodes", "GET", V3Instance + "/available-data-nodes", body: false, available.ListForSchemasV3),
            OperationTable.V3("listShardConfigurationAvailableDataNodes", "GET", Migration + "/available-data-nodes", body: false, available.ListForShardConfiguration),
            OperationTable.V3("precheckShardConfiguration", "POST", Migration + "/precheck", body: true, shards.Precheck),
            OperationTable.V3("showShardConfigurationPrecheckResult", "GET", Migration + "/precheck/{job_id}", body: false, shards.PrecheckResult),
            OperationTable.V3("configureShards", "POST", Migration, body: true, shards.Configure),
            OperationTable.V3("showShardConfigurationTask", "GET", Task, body: false, shards.Task),
            OperationTable.V3("cancelShardConfiguration", "PUT", Task + "/cancel", body: false, actions.Cancel),
            OperationTable.V3("rollbackShardConfiguration", "PUT", Task + "/rollback", body: false, actions.Rollback),
            OperationTable.V3("clearShardConfigurationData", "PUT", Task + "/clean", body: false, actions.Clean),
            OperationTable.V3("retryShardConfiguration", "PUT", Task + "/retry", body: false, actions.Retry),
            // The body is optional: without one (or without both times) the policy is manual (4.3.21).
            OperationTable.V3("updateRouteSwitchingPolicy", "PUT", Task + "/route-switch-strategy", body: true, actions.UpdatePolicy) with { BodyOptional = true },
            OperationTable.V3("switchRoute", "PUT", Task + "/route-switch", body: false, actions.SwitchRoute),
        ];
    }
}
