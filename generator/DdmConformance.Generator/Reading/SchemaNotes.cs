using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// One line for the XML docs of a property or parameter: what the table says beyond the type
    /// (format, length, range, pattern, allowed values, the documented default).
    /// </summary>
    internal static class SchemaNotes
    {
        public static string Describe(JsonObject? schema, string enumTypeName)
        {
            if (schema == null) return "";
            var notes = new List<string>();
            var format = schema.Str("format");
            if (format.Length > 0) notes.Add("Format " + format + ".");
            notes.Add(Bounds(schema, "minLength", "maxLength", "", " characters"));
            notes.Add(Bounds(schema, "minItems", "maxItems", "", " items"));
            notes.Add(Bounds(schema, "minimum", "maximum", "Range ", ""));
            if (schema.Obj("x-numeric-range") is JsonObject range) notes.Add(Bounds(range, "minimum", "maximum", "Range ", " (a number written as a string)"));
            if (schema.ContainsKey("multipleOf")) notes.Add("Multiple of " + Show(schema["multipleOf"]) + ".");
            var pattern = schema.Str("pattern");
            if (pattern.Length > 0) notes.Add("Pattern " + pattern + ".");
            if (schema.Arr("enum") is JsonArray values && values.Count > 0)
                notes.Add("Allowed values" + (enumTypeName.Length > 0 ? " (" + enumTypeName + ")" : "") + ": "
                          + string.Join(", ", values.Select(v => v is JsonValue j ? Json.Scalar(j) : Show(v))) + ".");
            if (schema.Bool("nullable")) notes.Add("May be null.");
            if (schema.TryGetPropertyValue("default", out var value)) notes.Add("Default: " + Show(value) + ".");
            return string.Join(" ", notes.Where(n => n.Length > 0));
        }

        private static string Bounds(JsonObject schema, string minKey, string maxKey, string prefix, string suffix)
        {
            var hasMin = schema.TryGetPropertyValue(minKey, out var min) && min != null;
            var hasMax = schema.TryGetPropertyValue(maxKey, out var max) && max != null;
            if (hasMin && hasMax) return prefix + Show(min) + " to " + Show(max) + suffix + ".";
            if (hasMin) return "At least " + Show(min) + suffix + ".";
            if (hasMax) return "At most " + Show(max) + suffix + ".";
            return "";
        }

        private static string Show(JsonNode? node) => Json.Compact(node);
    }
}
