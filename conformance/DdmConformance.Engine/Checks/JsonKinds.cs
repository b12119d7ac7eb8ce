using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.Engine.Checks;

/// <summary>The JSON type of a node as checks and reports name it ("string", "number", "object"…).</summary>
public static class JsonKinds
{
    public static string Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
        _ => "unknown",
    };
}
