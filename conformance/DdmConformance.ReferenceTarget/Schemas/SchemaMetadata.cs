using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// 4.3.9 and 4.3.10: schema metadata out of one instance and into another. The export is what the
/// document's example suggests (<c>H4sI…</c>): gzip-compressed JSON in Base64, naming every schema and
/// where each physical shard lives. The import recreates those schemas with the same shards on the same
/// data nodes, which the request must name with their credentials (DBS.300114). Metadata the target
/// cannot read (the document's own example is cut off with "...") holds no schema: the import job has
/// nothing to do and completes.
/// </summary>
internal sealed class SchemaMetadata(SchemaAccess access, JobAnswers answers, ActiveDeviations deviations)
{
    /// <summary>4.3.9.</summary>
    public OperationResult Export(OperationRequest request)
    {
        var scope = access.Read(request);
        var schemas = scope.Schemas.All(scope.Now);
        var body = new JsonObject { ["compressed_databases_info"] = Compress(schemas) };
        if (!deviations.IsOn(Deviation.SchemaExportDropsDataNodes))
            body["data_nodes"] = new JsonArray(schemas.SelectMany(s => s.UsedRds).Distinct().Select(RdsFixtures.ById).OfType<RdsInstance>()
                .Select(r => (JsonNode)new JsonObject
                {
                    ["instance_id"] = r.Id,
                    ["instance_name"] = r.Name,
                    ["access_host"] = r.PrivateIp,
                    ["access_port"] = r.Port,
                    ["engine"] = "mysql",
                    ["engine_version"] = r.EngineVersion,
                }).ToArray());
        return OperationResult.Ok(body);
    }

    /// <summary>4.3.10: a job; the imported schemas are CREATING until it completes.</summary>
    public OperationResult Import(OperationRequest request)
    {
        var root = JsonFields.Root(request.RequiredBody);
        var metadata = root.RequiredString("compressed_databases_info");
        FieldRules.NotEmpty("compressed_databases_info", metadata);
        var logins = root.RequiredObjectArray("dn_instance", 1, SchemaOrder.MaxDataNodes)
            .Select(n => new DataNodeLogin(n.RequiredString("dn_instance_id"), n.RequiredString("admin_user"), n.RequiredString("admin_password")))
            .ToList();
        var scope = access.Change(request);
        scope.Pool.Claim(scope.Instance, logins, scope.Now, SchemaErrors.WrongRdsCredentials);

        var readyAt = scope.Now + access.Delay;
        var named = logins.Select(l => l.RdsId).ToHashSet(StringComparer.Ordinal);
        var schemas = Decompress(metadata).Select(s => s with { Created = scope.Now, Updated = scope.Now, ReadyAt = readyAt }).ToList();
        if (schemas.SelectMany(s => s.UsedRds).FirstOrDefault(r => !named.Contains(r)) is { } missing)
            throw new ApiErrorException(SchemaErrors.UnknownRds($"the metadata places shards on RDS instance {missing}, which dn_instance does not name"));
        SchemaCreation.Add(scope, access.Store, schemas);

        var job = access.Record(request, "ImportSchemaMetadata", scope.Instance, readyAt);
        return answers.Accepted(new JsonObject { ["job_id"] = job.Id, ["instance_id"] = scope.Instance.Id, ["instance_name"] = scope.Instance.Name });
    }

    private static string Compress(IReadOnlyList<Schema> schemas)
    {
        var json = new JsonArray(schemas.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["shard_mode"] = s.ShardMode,
            ["shard_unit"] = s.ShardUnit,
            ["shards"] = new JsonArray(s.Shards.Select(x => (JsonNode)new JsonArray(x.Index, x.RdsId, x.PhysicalName)).ToArray()),
        }).ToArray());
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
            gzip.Write(Encoding.UTF8.GetBytes(json.ToJsonString()));
        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <summary>The schemas an export describes; none for anything else (see the type's remarks).</summary>
    private static IReadOnlyList<Schema> Decompress(string metadata)
    {
        try
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(metadata)), CompressionMode.Decompress);
            return (JsonNode.Parse(gzip) as JsonArray ?? []).Select(ToSchema).ToList();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonException or InvalidOperationException)
        {
            return [];
        }
    }

    // Throws FormatException or InvalidOperationException (wrong JSON kinds) for what no export contains.
    private static Schema ToSchema(JsonNode? node)
    {
        var s = node as JsonObject ?? throw new FormatException("not a schema");
        var shards = (s["shards"] as JsonArray ?? throw new FormatException("no shards")).Select(x => x as JsonArray ?? throw new FormatException("not a shard"))
            .Select(x => new Shard(Item(x, 0).GetValue<int>(), Item(x, 1).GetValue<string>(), Item(x, 2).GetValue<string>())).ToImmutableArray();
        if (shards.IsEmpty)
            throw new FormatException("no shards");
        var rds = shards.Select(x => x.RdsId).Distinct().ToImmutableArray();
        return new Schema(Item(s, "name").GetValue<string>(), Item(s, "shard_mode").GetValue<string>(), s["shard_unit"]?.GetValue<int>(), rds, shards,
            DateTimeOffset.MinValue, DateTimeOffset.MinValue, DateTimeOffset.MinValue);
    }

    private static JsonNode Item(JsonArray array, int index) => index < array.Count ? array[index] ?? throw new FormatException("null") : throw new FormatException("short");

    private static JsonNode Item(JsonObject obj, string name) => obj[name] ?? throw new FormatException("missing " + name);
}
