using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Running;

namespace DdmConformance.Engine.Planning;

/// <summary>
/// Documented bodies name things by the document's ids. Before a body is sent, the fields that name this run's
/// resources get their real ids, and the fields that name the vendor's own things get the run's fixtures, so the
/// example asks for what it documents, on things that exist on this target.
/// </summary>
public static class BodyBindings
{
    /// <summary>
    /// A field named like one of the API's path parameters (or its plural, for a list), or marked
    /// <c>x-resource: &lt;path parameter&gt;</c>, gets this run's real id (<c>"group_id": "b415…gr09"</c>).
    /// A field marked <c>x-fixture: &lt;name&gt;</c> gets the fixture's value (<c>vpc_id</c>, <c>rds_admin_password</c>):
    /// the one given, else one discovered through a read the spec links to it; else the documented value stays.
    /// </summary>
    /// <param name="kept">JSON pointers (<c>/databases/0/used_rds/0/id</c>) a recipe has set: those fields stay as they are.</param>
    internal static async Task BindAsync(CaseRun run, ApiRequest request, IReadOnlyDictionary<string, string> bindings, IReadOnlySet<string>? kept = null)
    {
        if (request.JsonBody is null || JsonNode.Parse(request.JsonBody) is not JsonNode body) return;
        var (resources, fixtures) = MarkedFields(run.Planned.Api.Operation(request.OperationId));
        var changed = false;
        async Task Visit(JsonNode? node, string at, string pointer)
        {
            switch (node)
            {
                case JsonObject obj:
                    var discover = MayDiscover(run, obj, at, fixtures);
                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        var value = obj[key];
                        var path = Join(at, key);
                        var here = pointer + "/" + key.Replace("~", "~0").Replace("/", "~1");
                        if (kept?.Contains(here) == true) continue;
                        if (fixtures.TryGetValue(path, out var fixture))
                        {
                            if (await run.Pool.FixtureAsync(fixture, Documented(value), run, discover) is { } text && Shaped(value, text) is { } replaced)
                            {
                                obj[key] = replaced;
                                changed = true;
                            }
                            continue;
                        }
                        var single = run.Pool.ResourceNames.Contains(key) ? key : resources.GetValueOrDefault(path);
                        var plural = key.EndsWith('s') && run.Pool.ResourceNames.Contains(key[..^1]) ? key[..^1] : null;
                        if (single is not null && value is JsonValue v && v.GetValueKind() == JsonValueKind.String
                            && (bindings.GetValueOrDefault(single) ?? await run.Pool.EnsureSharedAsync(single, run)) is { } real)
                        {
                            obj[key] = real;
                            changed = true;
                        }
                        else if (plural is not null && value is JsonArray list && list.All(i => i is JsonValue)
                                 && (bindings.GetValueOrDefault(plural) ?? await run.Pool.EnsureSharedAsync(plural, run)) is { } one)
                        {
                            obj[key] = new JsonArray(JsonValue.Create(one));
                            changed = true;
                        }
                        else await Visit(value, path, here);
                    }
                    break;
                case JsonArray array:
                    var items = array.ToList();
                    for (var i = 0; i < items.Count; i++) await Visit(items[i], at, pointer + "/" + i);
                    break;
            }
        }
        await Visit(body, "", "");
        if (changed) request.JsonBody = body.ToJsonString();
    }

    /// <summary>
    /// Credentials go together: where an object carries a secret fixture (an RDS administrator's password) that was
    /// not given, its other fixtures are not discovered either — a discovered RDS instance with the document's
    /// password names a login that exists nowhere, while the documented instance and password at least agree.
    /// </summary>
    private static bool MayDiscover(CaseRun run, JsonObject obj, string at, IReadOnlyDictionary<string, string> fixtures)
        => !obj.Select(p => fixtures.GetValueOrDefault(Join(at, p.Key))).OfType<string>()
            .Any(name => RunOptions.IsSecretName(name) && !run.Pool.IsGiven(name));

    /// <summary>The documented scalar (the first item of a list) as text, or null.</summary>
    private static string? Documented(JsonNode? value) => (value is JsonArray list ? list.FirstOrDefault() : value) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    /// <summary>The fixture's text in the documented value's shape: a number stays a number, a list becomes a list of one.</summary>
    private static JsonNode? Shaped(JsonNode? documented, string text) => documented switch
    {
        JsonArray list when list.All(i => i is JsonValue) => new JsonArray(Scalar(list.FirstOrDefault(), text)),
        JsonArray or JsonObject => null,
        _ => Scalar(documented, text),
    };

    // A port documented as 3306 stays a number, a flag stays a boolean; a value that is not of the documented kind goes as text.
    private static JsonNode Scalar(JsonNode? documented, string text) => (documented as JsonValue)?.GetValueKind() switch
    {
        JsonValueKind.Number when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        JsonValueKind.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
        JsonValueKind.True or JsonValueKind.False when bool.TryParse(text, out var flag) => JsonValue.Create(flag),
        _ => JsonValue.Create(text),
    };

    /// <summary>
    /// Body fields the request table marks <c>x-resource: &lt;path parameter&gt;</c> or <c>x-fixture: &lt;name&gt;</c>, by
    /// their place in the body (<c>databases/name</c>: array items are transparent), so an account's own <c>name</c>
    /// stays its own.
    /// </summary>
    private static (Dictionary<string, string> Resources, Dictionary<string, string> Fixtures) MarkedFields(OperationDescriptor? op)
    {
        var resources = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixtures = new Dictionary<string, string>(StringComparer.Ordinal);
        void Visit(JsonNode? schema, string at)
        {
            if (schema is not JsonObject obj) return;
            if (obj["items"] is JsonObject items) Visit(items, at);
            foreach (var part in new[] { "allOf", "oneOf", "anyOf" })
                if (obj[part] is JsonArray parts) foreach (var p in parts) Visit(p, at);
            if (obj["properties"] is not JsonObject properties) return;
            foreach (var (name, property) in properties)
            {
                var path = Join(at, name);
                if ((string?)property?["x-resource"] is { Length: > 0 } parameter) resources.TryAdd(path, parameter);
                if ((string?)property?["x-fixture"] is { Length: > 0 } fixture) fixtures.TryAdd(path, fixture);
                Visit(property, path);
            }
        }
        if (op?.RequestBody is { } body) Visit(JsonNode.Parse(body.SchemaJson), "");
        return (resources, fixtures);
    }

    private static string Join(string at, string key) => at.Length == 0 ? key : at + "/" + key;
}
