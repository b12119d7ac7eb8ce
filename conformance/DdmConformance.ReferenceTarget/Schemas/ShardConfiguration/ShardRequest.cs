using System.Globalization;
using System.Text.Json;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

/// <summary>
/// The body of 4.3.13 (Tables 4-290, 4-291) and 4.3.15 (Tables 4-304, 4-305): the layout after the
/// configuration, and for 4.3.15 the route switching policy.
/// </summary>
internal sealed record ShardRequest(int NewShardNumber, IReadOnlyList<DataNodeLogin> DataNodes, string? SwitchBegin, string? SwitchEnd, bool IsExclusive)
{
    /// <summary>"A single instance supports a maximum of 64 shards", read per data node as in 4.3.1.</summary>
    public const int MaxShardsPerDataNode = 64;

    public static ShardRequest Read(JsonElement body)
    {
        var root = JsonFields.Root(body);
        var nodes = root.RequiredObjectArray("data_nodes", 1, SchemaOrder.MaxDataNodes)
            .Select(n => new DataNodeLogin(n.RequiredString("id"), n.RequiredString("user"), n.RequiredString("password")))
            .ToList();
        return new ShardRequest(ShardNumber(body), nodes, root.OptionalString("switch_route_begin_time"),
            root.OptionalString("switch_route_end_time"), root.OptionalBoolean("is_exclusive") ?? false);
    }

    /// <summary>
    /// Tables 4-290 and 4-304 type <c>new_shard_number</c> as a String; both documented examples send the
    /// number 9. The target takes either: a string of decimal digits or a JSON integer. Above 64 shards per
    /// data node it is out of range (DBS.280001, as every value outside a table's range).
    /// </summary>
    private static int ShardNumber(JsonElement body)
    {
        if (!body.TryGetProperty("new_shard_number", out var value))
            throw JsonFields.Invalid("new_shard_number is mandatory");
        var number = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var n) => n,
            JsonValueKind.String when value.GetString() is { Length: > 0 and <= 9 } text && text.All(char.IsAsciiDigit) => int.Parse(text, CultureInfo.InvariantCulture),
            _ => throw JsonFields.Invalid("new_shard_number must be a whole number (a string of digits)"),
        };
        var nodes = body.GetProperty("data_nodes").GetArrayLength();
        if (number < 1 || number > MaxShardsPerDataNode * nodes)
            throw JsonFields.Invalid($"new_shard_number must be 1 to {MaxShardsPerDataNode} per data node");
        return number;
    }

    /// <summary>
    /// Table 4-290: more shards or more data nodes than before, and at least one shard per data node;
    /// the same data node twice is DBS.300108.
    /// </summary>
    public void CheckAgainst(Schema schema)
    {
        if (DataNodes.GroupBy(d => d.RdsId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ApiErrorException(SchemaErrors.DuplicateRds($"data node {twice.Key} is named twice"));
        if (NewShardNumber <= schema.ShardNumber && DataNodes.Count <= schema.UsedRds.Length)
            throw new ApiErrorException(SchemaErrors.InvalidShardConfiguration(
                $"the schema has {schema.ShardNumber} shards on {schema.UsedRds.Length} data nodes; the configuration must have more of either"));
        if (NewShardNumber < DataNodes.Count)
            throw new ApiErrorException(SchemaErrors.InvalidShardConfiguration("every data node needs at least one shard"));
    }
}
