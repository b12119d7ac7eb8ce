using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// The JSON shapes of a schema: v1 (Tables 4-217, 4-224, 4-225: times in epoch milliseconds) and v3
/// (Tables 4-256 to 4-258: wire times, and a status of CREATING, RUNNING or UNKNOWN for every other state).
/// RDS instances are <c>normal</c> (A.7) whatever the schema does.
/// </summary>
internal sealed class SchemaRepresentation(ActiveDeviations deviations)
{
    private const string RdsNormal = "normal";

    /// <summary>Table 4-217, an entry of 4.3.2.</summary>
    public JsonObject Summary(Schema schema, string status) => new()
    {
        ["name"] = schema.Name,
        ["shard_mode"] = schema.ShardMode,
        ["shard_number"] = schema.ShardNumber,
        ["status"] = status,
        ["created"] = Millis(schema.Created),
        ["used_rds"] = UsedRds(schema),
        ["shard_unit"] = schema.ShownShardUnit,
    };

    /// <summary>Table 4-224, the <c>database</c> of 4.3.3.</summary>
    public JsonObject Details(Schema schema, string status, DdmInstance instance) => new()
    {
        ["name"] = schema.Name,
        ["created"] = Millis(schema.Created),
        ["status"] = status,
        ["updated"] = Millis(schema.Updated),
        ["databases"] = new JsonArray(schema.Shards.Select(s => (JsonNode)new JsonObject
        {
            ["dbslot"] = s.Index,
            ["name"] = s.PhysicalName,
            ["status"] = status,
            ["created"] = Millis(schema.Created),
            ["updated"] = Millis(schema.Updated),
            ["id"] = s.RdsId,
            ["idName"] = s.PhysicalName,
        }).ToArray()),
        ["shard_mode"] = schema.ShardMode,
        ["shard_number"] = schema.ShardNumber,
        ["shard_unit"] = schema.ShownShardUnit,
        // Clients connect through the instance's load balancers, as to the instance itself.
        ["dataVips"] = new JsonArray(instance.Groups.Select(g => (JsonNode)JsonValue.Create($"{g.ElbIp}:{instance.Port}")).ToArray()),
        ["used_rds"] = UsedRds(schema),
    };

    /// <summary>Table 4-256, the answer of 4.3.8.</summary>
    public JsonObject DetailsV3(Schema schema, string status)
    {
        var shown = status is Schema.Creating or Schema.Running ? status : "UNKNOWN";
        if (deviations.IsOn(Deviation.SchemaStatusLowercase))
            shown = shown.ToLowerInvariant();
        return new JsonObject
        {
            ["shards"] = new JsonArray(schema.Shards.Select(s => (JsonNode)new JsonObject
            {
                ["data_node_id"] = s.RdsId,
                ["physical_db_name"] = s.PhysicalName,
                ["status"] = shown,
                ["shard_index"] = s.Index,
            }).ToArray()),
            ["status"] = shown,
            ["created"] = WireTime.Format(schema.Created),
            ["updated"] = WireTime.Format(schema.Updated),
            ["name"] = schema.Name,
            ["shard_mode"] = schema.ShardMode,
            ["shard_number"] = schema.ShardNumber,
            ["data_nodes"] = new JsonArray(schema.UsedRds.Select(RdsFixtures.ById).OfType<RdsInstance>().Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["status"] = RdsNormal,
                ["name"] = r.Name,
                ["engine_name"] = "mysql",
                ["engine_version"] = r.EngineVersion,
                ["mem"] = 4,
                ["cpu"] = 2,
            }).ToArray()),
        };
    }

    private JsonArray UsedRds(Schema schema)
        => new(schema.UsedRds.Select(RdsFixtures.ById).OfType<RdsInstance>()
            .Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["name"] = r.Name, ["status"] = RdsNormal }).ToArray());

    private JsonNode Millis(DateTimeOffset time)
        => deviations.IsOn(Deviation.SchemaCreatedAsString)
            ? JsonValue.Create(time.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture))
            : JsonValue.Create(time.ToUnixTimeMilliseconds());
}
