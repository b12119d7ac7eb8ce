using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.Generator.Reading
{
    /// <summary>Small, null-tolerant accessors over the spec's JSON tree.</summary>
    internal static class Json
    {
        public static string Str(this JsonNode? node, string key)
            => node is JsonObject o && o.TryGetPropertyValue(key, out var v) && v is JsonValue value ? Scalar(value) : "";

        public static bool Bool(this JsonNode? node, string key)
            => node is JsonObject o && o.TryGetPropertyValue(key, out var v) && v is JsonValue value
               && value.TryGetValue<bool>(out var b) && b;

        public static int Int(this JsonNode? node, string key)
        {
            if (!(node is JsonObject o) || !o.TryGetPropertyValue(key, out var v) || !(v is JsonValue value)) return 0;
            if (value.TryGetValue<long>(out var l)) return (int)l;
            if (value.TryGetValue<int>(out var i)) return i;
            return int.TryParse(Scalar(value), out var parsed) ? parsed : 0;
        }

        public static JsonObject? Obj(this JsonNode? node, string key)
            => node is JsonObject o && o.TryGetPropertyValue(key, out var v) ? v as JsonObject : null;

        public static JsonArray? Arr(this JsonNode? node, string key)
            => node is JsonObject o && o.TryGetPropertyValue(key, out var v) ? v as JsonArray : null;

        public static string Scalar(JsonValue value)
        {
            if (value.TryGetValue<string>(out var s)) return s;
            return value.ToJsonString();
        }

        /// <summary>A JSON number as a double, whatever CLR type the node holds (long from YAML, JsonElement from parsing).</summary>
        public static double Number(JsonNode node)
            => double.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

        public static string Compact(JsonNode? node) => node == null ? "null" : node.ToJsonString(Options);

        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>The JSON type name of a node, as JSON Schema uses it.</summary>
        public static string KindOf(JsonNode? node)
        {
            if (node == null) return "null";
            if (node is JsonObject) return "object";
            if (node is JsonArray) return "array";
            var v = (JsonValue)node;
            switch (v.GetValueKind())
            {
                case JsonValueKind.String: return "string";
                case JsonValueKind.True:
                case JsonValueKind.False: return "boolean";
                case JsonValueKind.Number:
                    if (v.TryGetValue<long>(out _) || v.TryGetValue<int>(out _)) return "integer";
                    return v.TryGetValue<double>(out var d) && d == System.Math.Floor(d) && !double.IsInfinity(d) ? "integer" : "number";
                default: return "null";
            }
        }
    }
}
