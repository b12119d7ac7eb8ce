using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Checks a documented example against its (inlined, OpenAPI 3.0) schema: the subset of JSON Schema
    /// the specs use. Runs inside the compiler, so it is small and dependency-free; the engine validates
    /// live responses with NJsonSchema.
    /// </summary>
    internal static class ExampleValidator
    {
        public static List<string> Validate(JsonNode? schema, JsonNode? value)
        {
            var problems = new List<string>();
            if (schema is JsonObject s) Check(s, value, "", problems);
            return problems;
        }

        private static void Check(JsonObject schema, JsonNode? value, string at, List<string> problems)
        {
            var where = at.Length == 0 ? "the body" : at;
            if (schema.TryGetPropertyValue("allOf", out var allOf) && allOf is JsonArray parts)
                foreach (var part in parts.OfType<JsonObject>()) Check(part, value, at, problems);

            var type = schema.Str("type");
            if (value == null)
            {
                if (!schema.Bool("nullable") && type.Length > 0)
                    problems.Add($"{where} is null, but the table gives type {type} without nullability");
                return;
            }
            var kind = Json.KindOf(value);
            if (type.Length > 0 && !(type == kind || (type == "number" && kind == "integer")))
            {
                problems.Add($"{where} is {kind} {Show(value)}, the table says {type}");
                return;
            }
            if (schema.Arr("enum") is JsonArray allowed && allowed.Count > 0
                && !allowed.Any(a => a != null && JsonNode.DeepEquals(a, value) || (a is JsonValue av && value is JsonValue vv && Json.Scalar(av) == Json.Scalar(vv) && kind == "string")))
                problems.Add($"{where} is {Show(value)}, not one of the allowed values ({string.Join(", ", allowed.Select(Show))})");

            switch (kind)
            {
                case "string":
                    var text = Json.Scalar((JsonValue)value);
                    if (schema.ContainsKey("minLength") && text.Length < schema.Int("minLength"))
                        problems.Add($"{where} {Show(value)} is shorter than minLength {schema.Int("minLength")}");
                    if (schema.ContainsKey("maxLength") && text.Length > schema.Int("maxLength"))
                        problems.Add($"{where} {Show(value)} is longer than maxLength {schema.Int("maxLength")}");
                    var pattern = schema.Str("pattern");
                    if (pattern.Length > 0 && !Matches(pattern, text))
                        problems.Add($"{where} {Show(value)} does not match pattern {pattern}");
                    break;
                case "integer":
                case "number":
                    var number = ((JsonValue)value).GetValue<double>();
                    if (schema.TryGetPropertyValue("multipleOf", out var step) && step is JsonValue sv && sv.GetValue<double>() > 0
                        && System.Math.Abs(System.Math.IEEERemainder(number, sv.GetValue<double>())) > 1e-9)
                        problems.Add($"{where} {Show(value)} is not a multiple of {Show(step)}");
                    if (schema.TryGetPropertyValue("minimum", out var min) && min is JsonValue mn && number < mn.GetValue<double>())
                        problems.Add($"{where} {Show(value)} is below minimum {Show(min)}");
                    if (schema.TryGetPropertyValue("maximum", out var max) && max is JsonValue mx && number > mx.GetValue<double>())
                        problems.Add($"{where} {Show(value)} is above maximum {Show(max)}");
                    break;
                case "array":
                    var count = ((JsonArray)value).Count;
                    if (schema.ContainsKey("minItems") && count < schema.Int("minItems"))
                        problems.Add($"{where} has {count} items, fewer than minItems {schema.Int("minItems")}");
                    if (schema.ContainsKey("maxItems") && count > schema.Int("maxItems"))
                        problems.Add($"{where} has {count} items, more than maxItems {schema.Int("maxItems")}");
                    if (schema.Obj("items") is JsonObject items)
                    {
                        var i = 0;
                        foreach (var item in (JsonArray)value) Check(items, item, at + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", problems);
                    }
                    break;
                case "object":
                    var obj = (JsonObject)value;
                    foreach (var r in schema.Arr("required") ?? new JsonArray())
                    {
                        var name = r is JsonValue rv ? Json.Scalar(rv) : "";
                        if (!obj.ContainsKey(name)) problems.Add($"{Join(at, name)} is missing, the table marks it mandatory");
                    }
                    if (schema.ContainsKey("minProperties") && obj.Count < schema.Int("minProperties"))
                        problems.Add($"{where} has {obj.Count} members, fewer than minProperties {schema.Int("minProperties")}");
                    if (schema.ContainsKey("maxProperties") && obj.Count > schema.Int("maxProperties"))
                        problems.Add($"{where} has {obj.Count} members, more than maxProperties {schema.Int("maxProperties")}");
                    var props = schema.Obj("properties");
                    schema.TryGetPropertyValue("additionalProperties", out var additional);
                    foreach (var pair in obj)
                    {
                        if (props != null && props.Obj(pair.Key) is JsonObject ps) Check(ps, pair.Value, Join(at, pair.Key), problems);
                        // A map (`additionalProperties: {schema}`): every value must match that schema.
                        else if (additional is JsonObject valueSchema) Check(valueSchema, pair.Value, Join(at, pair.Key), problems);
                        else if (additional is JsonValue open && open.GetValueKind() == System.Text.Json.JsonValueKind.True) { }
                        else if (props != null && props.Count > 0 || additional is JsonValue)
                            problems.Add($"{Join(at, pair.Key)} is not in the table");
                    }
                    break;
            }
        }

        private static bool Matches(string pattern, string text)
        {
            try { return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1)); }
            catch (System.ArgumentException) { return true; } // a broken pattern is its own finding elsewhere
            catch (RegexMatchTimeoutException) { return true; }
        }

        private static string Join(string at, string name) => at.Length == 0 ? name : at + "." + name;

        private static string Show(JsonNode? value)
        {
            var s = Json.Compact(value);
            return s.Length > 60 ? s.Substring(0, 57) + "..." : s;
        }
    }
}
