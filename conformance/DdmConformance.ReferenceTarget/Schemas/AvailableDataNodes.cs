using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// 4.3.5 (v1), 4.3.11 and 4.3.12 (v3): the RDS instances a schema can use: those in the instance's VPC
/// that no other DDM instance uses (<see cref="DataNodePool"/>). For shard configuration (4.3.12) the
/// schema's own data nodes come first, then the free ones. All RDS instances are <c>normal</c>, in UTC.
/// </summary>
internal sealed class AvailableDataNodes(SchemaAccess access, ActiveDeviations deviations)
{
    private const string Status = "normal";
    private const string TimeZone = "UTC";

    /// <summary>4.3.5: camelCase fields (Table 4-238), 128 per page by default.</summary>
    public OperationResult ListForSchemasV1(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, Paging.MaxLimit);
        var scope = access.Read(request);
        var available = scope.Pool.Available(scope.Instance, scope.Now);
        var snake = deviations.IsOn(Deviation.AvailableRdsSnakeCase);
        return OperationResult.Ok(new JsonObject
        {
            ["instances"] = new JsonArray(paging.Page(available).Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                [snake ? "project_id" : "projectId"] = scope.Instance.ProjectId,
                ["status"] = Status,
                ["name"] = r.Name,
                [snake ? "engine_name" : "engineName"] = "mysql",
                [snake ? "engine_software_version" : "engineSoftwareVersion"] = r.EngineVersion,
                [snake ? "private_ip" : "privateIp"] = r.PrivateIp,
                ["mode"] = "Ha",
                ["port"] = r.Port,
                [snake ? "az_code" : "azCode"] = scope.Instance.Purchase.AvailableZones[0],
                [snake ? "time_zone" : "timeZone"] = TimeZone,
            }).ToArray()),
            ["offset"] = paging.Offset,
            ["limit"] = paging.Limit,
            ["total"] = available.Count,
        });
    }

    /// <summary>4.3.11: snake_case fields (Table 4-278), 10 per page by default.</summary>
    public OperationResult ListForSchemasV3(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, 10);
        var scope = access.Read(request);
        return Page(scope.Pool.Available(scope.Instance, scope.Now), paging);
    }

    /// <summary>4.3.12: the schema's data nodes and the free ones.</summary>
    public OperationResult ListForShardConfiguration(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, 10);
        var scope = access.Read(request);
        var name = request.Path("db_name");
        var schema = scope.Schemas.Find(name, scope.Now) ?? throw new ApiErrorException(SchemaErrors.UnknownSchema(name));
        var own = schema.UsedRds.Select(RdsFixtures.ById).OfType<RdsInstance>();
        return Page(own.Concat(scope.Pool.Available(scope.Instance, scope.Now)).DistinctBy(r => r.Id).ToList(), paging);
    }

    private static OperationResult Page(IReadOnlyList<RdsInstance> nodes, Paging paging) => OperationResult.Ok(new JsonObject
    {
        ["data_nodes"] = new JsonArray(paging.Page(nodes).Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Id,
            ["status"] = Status,
            ["name"] = r.Name,
            ["engine_name"] = "mysql",
            ["engine_version"] = r.EngineVersion,
            ["private_ip"] = r.PrivateIp,
            ["port"] = r.Port,
            ["time_zone"] = TimeZone,
        }).ToArray()),
        ["offset"] = paging.Offset,
        ["limit"] = paging.Limit,
        ["total"] = nodes.Count,
    });
}
