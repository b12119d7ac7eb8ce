using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DdmConformance.Api;

namespace DdmConformance.Engine.Planning;

/// <summary>
/// Documented examples mask their passwords (<c>"password": "xxxxxxxx"</c>), and a masked password often
/// breaks the very table it illustrates (8–32 characters, three kinds of characters). Sent as written it
/// would be refused for the mask, not for anything the target does. A password field whose documented
/// value breaks its schema gets a strong one that keeps the schema's length and pattern; the reports mask
/// it like every other secret.
/// </summary>
public static class MaskedSecrets
{
    // Every kind of character, no word, no keyboard walk, cut to the length the table asks for; the specials are
    // the ones DDM's password rules allow (~!@#%^*-_+?), and a letters-and-digits one for tables that allow none.
    private static readonly string[] Strong = ["Dq7-mK2_vX9+pL4?tR8@nB3#wZ6!hJ5*", "Dq7mK2vX9pL4tR8nB3wZ6hJ5Dq7mK2vX9"];

    public static void Replace(ApiRequest request, string schemaJson)
    {
        if (request.JsonBody is null || JsonNode.Parse(request.JsonBody) is not JsonNode body
            || JsonNode.Parse(schemaJson) is not JsonObject schema) return;
        if (Visit(body, schema)) request.JsonBody = body.ToJsonString();
    }

    public static bool IsSecretName(string name)
        => name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("pwd", StringComparison.OrdinalIgnoreCase);

    private static bool Visit(JsonNode? node, JsonObject? schema)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj when (schema?["properties"]) is JsonObject properties:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var propertySchema = properties[key] as JsonObject;
                    if (IsSecretName(key) && obj[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String
                        && propertySchema is not null && !Fits(v.GetValue<string>(), propertySchema) && StrongFor(propertySchema) is { } strong)
                    {
                        obj[key] = strong;
                        changed = true;
                    }
                    else changed |= Visit(obj[key], propertySchema);
                }
                break;
            case JsonArray array:
                foreach (var item in array) changed |= Visit(item, schema?["items"] as JsonObject);
                break;
        }
        return changed;
    }

    /// <summary>Whether a text keeps the schema's length and pattern (the checks a sample or a replacement must pass).</summary>
    internal static bool Fits(string value, JsonObject schema)
        => value.Length >= (Int(schema["minLength"]) ?? 0) && value.Length <= (Int(schema["maxLength"]) ?? int.MaxValue)
           && ((string?)schema["pattern"] is not { Length: > 0 } pattern || Regex.IsMatch(value, pattern));

    private static string? StrongFor(JsonObject schema)
        => Strong.Select(strong => strong[..Math.Clamp(16, Int(schema["minLength"]) ?? 1, Math.Min(Int(schema["maxLength"]) ?? strong.Length, strong.Length))])
            .FirstOrDefault(candidate => Fits(candidate, schema));

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var i) ? i : node is JsonValue l && l.TryGetValue<long>(out var x) ? (int)x : null;
}
