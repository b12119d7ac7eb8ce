using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Checks;

/// <summary>
/// Compares a live body with the documented response example paired with the request: every field the
/// example shows (and the table defines) must be present with the example's JSON type. Fields the
/// table does not define, and nulls, are the document's own contradictions and are not held against
/// the target (the static analysis reports them).
/// </summary>
public static class PairedExampleCheck
{
    public const string Name = "paired-example";

    public static CheckResult Check(string exampleJson, string exampleName, string schemaJson, string? body)
    {
        var expected = $"the fields of documented example '{exampleName}' with its types";
        JsonNode? actual;
        try
        {
            actual = JsonNode.Parse(body ?? "");
        }
        catch (JsonException)
        {
            return new CheckResult(Name, false, expected, "body is not JSON");
        }
        var problems = new List<string>();
        Compare(JsonNode.Parse(exampleJson), actual, JsonNode.Parse(schemaJson) as JsonObject, "", problems);
        return problems.Count == 0
            ? new CheckResult(Name, true, expected, "all present with the example's types")
            : new CheckResult(Name, false, expected, string.Join("; ", problems.Take(10)));
    }

    private static void Compare(JsonNode? example, JsonNode? actual, JsonObject? schema, string at, List<string> problems)
    {
        schema = Effective(schema);
        if (example is null) return;
        var where = at.Length == 0 ? "body" : at;
        if (actual is null)
        {
            problems.Add($"{where} is null, the example shows {JsonKinds.Of(example)}");
            return;
        }
        if (schema is not null && !Declares(schema, example)) return; // the example contradicts its table: a finding, not the target's fault
        if (!SameKind(example, actual))
        {
            problems.Add($"{where} is {JsonKinds.Of(actual)}, the example shows {JsonKinds.Of(example)}");
            return;
        }
        switch (example)
        {
            case JsonObject eo:
                var ao = (JsonObject)actual;
                var properties = schema?["properties"] as JsonObject;
                foreach (var (key, value) in eo)
                {
                    var propertySchema = properties?[key] as JsonObject;
                    if (properties is not null && propertySchema is null) continue; // not in the table: a finding, not a deviation
                    var path = at.Length == 0 ? key : at + "." + key;
                    if (!ao.ContainsKey(key))
                    {
                        // A field shown with a value its table forbids is no evidence that the field must be there.
                        var evidence = value is not null && (Effective(propertySchema) is not { } table || Declares(table, value));
                        if (evidence) problems.Add($"{path} is missing");
                        continue;
                    }
                    Compare(value, ao[key], propertySchema, path, problems);
                }
                break;
            case JsonArray ea when ea.Count > 0 && actual is JsonArray aa && aa.Count > 0:
                Compare(ea[0], aa[0], schema?["items"] as JsonObject, at + "[0]", problems);
                break;
        }
    }

    /// <summary>
    /// The schema a value is held to: an <c>allOf</c> (how a <c>$ref</c> with a description of its own is written)
    /// merged into one, its members' properties together.
    /// </summary>
    private static JsonObject? Effective(JsonObject? schema)
    {
        if (schema?["allOf"] is not JsonArray parts) return schema;
        var merged = new JsonObject();
        var properties = new JsonObject();
        foreach (var part in parts.OfType<JsonObject>().Select(Effective).OfType<JsonObject>().Prepend(schema))
            foreach (var (key, value) in part)
            {
                if (key == "allOf") continue;
                if (key == "properties" && value is JsonObject props)
                    foreach (var (name, property) in props) properties[name] = property?.DeepClone();
                else merged[key] ??= value?.DeepClone();
            }
        if (properties.Count > 0) merged["properties"] = properties;
        return merged;
    }

    /// <summary>
    /// Whether the table admits the example's value: its type, and for a text its pattern and allowed values. A
    /// value the table forbids (4.3.16 shows <c>""</c> for an hh:mm:ss time) is no evidence of what to answer.
    /// </summary>
    private static bool Declares(JsonObject schema, JsonNode example)
    {
        if (example is JsonValue text && text.TryGetValue<string>(out var s))
        {
            if ((string?)schema["pattern"] is { Length: > 0 } pattern && !System.Text.RegularExpressions.Regex.IsMatch(s, pattern)) return false;
            if (schema["enum"] is JsonArray allowed && !allowed.Any(a => a is JsonValue v && v.TryGetValue<string>(out var e) && e == s)) return false;
        }
        if (schema["type"] is not JsonValue t || t.GetValueKind() != JsonValueKind.String) return true;
        var type = t.GetValue<string>();
        var kind = JsonKinds.Of(example);
        return type == kind || (type is "integer" or "number" && kind == "number");
    }

    private static bool SameKind(JsonNode a, JsonNode b)
    {
        var ka = JsonKinds.Of(a);
        var kb = JsonKinds.Of(b);
        return ka == kb || (ka is "integer" or "number" && kb is "integer" or "number");
    }
}
