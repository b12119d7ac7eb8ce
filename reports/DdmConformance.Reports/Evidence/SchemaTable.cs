using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.Reports.Evidence;

/// <summary>
/// A field of a documented schema written back as the row of the parameter table it was transcribed from:
/// <c>instance_num · integer (int32) · optional · Number of DDM instances of a tenant</c>.
/// </summary>
internal static class SchemaTable
{
    private const int MaxEnumValues = 12;

    /// <summary>The table row of <paramref name="normalizedPath"/> in <paramref name="schemaJson"/>, or null when the table has no such field.</summary>
    public static string? Row(string schemaJson, string normalizedPath)
    {
        if (Parse(schemaJson) is not JsonObject root) return null;
        JsonObject node = root;
        bool? mandatory = null;
        foreach (var segment in FieldPaths.Segments(normalizedPath))
        {
            if (segment == "[]")
            {
                if (Resolve(node, "items") is not JsonObject items) return null;
                node = items;
                continue;
            }
            var (property, required) = Property(node, segment);
            if (property is null) return null;
            node = property;
            mandatory = required;
        }
        if (ReferenceEquals(node, root)) return null;
        return Describe(normalizedPath, node, mandatory);
    }

    /// <summary>A row for a parameter (path, query, header) from its own schema and description.</summary>
    public static string ParameterRow(string name, string location, bool required, string schemaJson, string description)
    {
        var schema = Parse(schemaJson) as JsonObject ?? new JsonObject();
        if (description.Length > 0 && schema["description"] is null) schema["description"] = description;
        return $"{Describe(name, schema, required)} · in {location}";
    }

    private static string Describe(string path, JsonObject node, bool? mandatory)
    {
        var parts = new List<string> { path, TypeOf(node) };
        if (mandatory is { } m) parts.Add(m ? "mandatory" : "optional");
        var constraints = Constraints(node);
        if (constraints.Length > 0) parts.Add(constraints);
        if (node["description"] is JsonValue d && d.TryGetValue<string>(out var text) && text.Length > 0) parts.Add(text);
        return string.Join(" · ", parts);
    }

    private static (JsonObject? Property, bool Required) Property(JsonObject node, string name)
    {
        foreach (var candidate in Alternatives(node))
        {
            if (candidate["properties"] is JsonObject props && props[name] is JsonObject p)
            {
                var required = candidate["required"] is JsonArray r && r.Any(x => x is JsonValue v && v.TryGetValue<string>(out var s) && s == name);
                return (p, required);
            }
        }
        return (null, false);
    }

    /// <summary>The node itself and, for <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>, its parts.</summary>
    private static IEnumerable<JsonObject> Alternatives(JsonObject node)
    {
        yield return node;
        foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
            if (node[combinator] is JsonArray parts)
                foreach (var part in parts.OfType<JsonObject>())
                    foreach (var nested in Alternatives(part)) yield return nested;
    }

    private static JsonNode? Resolve(JsonObject node, string name) => Alternatives(node).Select(n => n[name]).FirstOrDefault(n => n is not null);

    private static string TypeOf(JsonObject node)
    {
        var type = Str(node, "type");
        if (type.Length == 0) type = Alternatives(node).Select(n => Str(n, "type")).FirstOrDefault(t => t.Length > 0) ?? "";
        if (type == "array" && Resolve(node, "items") is JsonObject items)
        {
            var inner = Str(items, "type");
            type = inner.Length > 0 ? $"array of {inner}" : "array";
        }
        var format = Str(node, "format");
        var text = type.Length == 0 ? "any" : format.Length > 0 ? $"{type} ({format})" : type;
        return node["nullable"] is JsonValue n && n.TryGetValue<bool>(out var nullable) && nullable ? text + ", nullable" : text;
    }

    private static string Constraints(JsonObject node)
    {
        var sb = new StringBuilder();
        void Add(string text)
        {
            if (sb.Length > 0) sb.Append(", ");
            sb.Append(text);
        }
        if (node["enum"] is JsonArray values)
        {
            var shown = values.Take(MaxEnumValues).Select(v => v is JsonValue jv && jv.TryGetValue<string>(out var s) ? s : v?.ToJsonString() ?? "null");
            Add("one of " + string.Join(", ", shown) + (values.Count > MaxEnumValues ? $", … ({values.Count} values)" : ""));
        }
        if (Str(node, "pattern") is { Length: > 0 } pattern) Add("pattern " + pattern);
        Range(node, "minimum", "maximum", "value", Add);
        Range(node, "minLength", "maxLength", "length", Add);
        Range(node, "minItems", "maxItems", "items", Add);
        return sb.ToString();
    }

    private static void Range(JsonObject node, string min, string max, string what, Action<string> add)
    {
        var lo = Number(node[min]);
        var hi = Number(node[max]);
        if (lo is not null && hi is not null) add($"{what} {lo}–{hi}");
        else if (lo is not null) add($"{what} ≥ {lo}");
        else if (hi is not null) add($"{what} ≤ {hi}");
    }

    private static string? Number(JsonNode? n)
        => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.ToJsonString() : null;

    private static string Str(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";

    private static JsonNode? Parse(string json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
