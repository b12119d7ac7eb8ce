using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>What kind of contradiction between an example and its table; each kind is its own rule.</summary>
    internal enum ProblemKind
    {
        WrongType,
        NotAllowed,
        OutOfBounds,
        NotInTable,
        MandatoryMissing,
        UnexpectedNull,
    }

    internal readonly struct ExampleProblem
    {
        public ExampleProblem(ProblemKind kind, string text) { Kind = kind; Text = text; }

        public ProblemKind Kind { get; }

        public string Text { get; }
    }

    /// <summary>
    /// Checks a documented example against its (inlined, OpenAPI 3.0) schema: the subset of JSON Schema
    /// the specs use, plus <c>x-numeric-range</c> on numbers written as strings. Runs inside the compiler,
    /// so it is small and dependency-free; the engine validates live responses with NJsonSchema.
    /// </summary>
    internal static class ExampleValidator
    {
        public static List<ExampleProblem> Validate(JsonNode? schema, JsonNode? value)
        {
            var problems = new List<ExampleProblem>();
            if (schema is JsonObject s) Check(s, value, "", problems, null);
            // allOf parts each see the whole object: the same problem can be found by several parts.
            return problems.GroupBy(p => (p.Kind, p.Text)).Select(g => g.First()).ToList();
        }

        /// <param name="siblingFields">With allOf: the fields every part lists, which no single part may call unknown.</param>
        private static void Check(JsonObject schema, JsonNode? value, string at, List<ExampleProblem> problems, HashSet<string>? siblingFields)
        {
            var where = at.Length == 0 ? "the body" : at;
            void Add(ProblemKind kind, string text) => problems.Add(new ExampleProblem(kind, text));

            if (schema.TryGetPropertyValue("allOf", out var allOf) && allOf is JsonArray parts)
            {
                var fields = new HashSet<string>(System.StringComparer.Ordinal);
                CollectFields(schema, fields, 0);
                foreach (var part in parts.OfType<JsonObject>()) Check(part, value, at, problems, fields);
                siblingFields = siblingFields == null ? fields : new HashSet<string>(siblingFields.Concat(fields));
            }

            Alternatives(schema, value, at, problems);

            var type = schema.Str("type");
            if (value == null)
            {
                if (!schema.Bool("nullable") && type.Length > 0)
                    Add(ProblemKind.UnexpectedNull, $"{where} is null, but the table gives type {type} without nullability");
                return;
            }
            var kind = Json.KindOf(value);
            if (type.Length > 0 && !(type == kind || (type == "number" && kind == "integer")))
            {
                Add(ProblemKind.WrongType, $"{where} is {kind} {Show(value)}, the table says {type}");
                return;
            }
            if (schema.Arr("enum") is JsonArray allowed && allowed.Count > 0
                && !allowed.Any(a => a != null && JsonNode.DeepEquals(a, value) || (a is JsonValue av && value is JsonValue vv && Json.Scalar(av) == Json.Scalar(vv) && kind == "string")))
                Add(ProblemKind.NotAllowed, $"{where} is {Show(value)}, not one of the allowed values ({string.Join(", ", allowed.Select(Show))})");

            switch (kind)
            {
                case "string":
                    var text = Json.Scalar((JsonValue)value);
                    if (schema.ContainsKey("minLength") && text.Length < schema.Int("minLength"))
                        Add(ProblemKind.OutOfBounds, $"{where} {Show(value)} is shorter than minLength {schema.Int("minLength")}");
                    if (schema.ContainsKey("maxLength") && text.Length > schema.Int("maxLength"))
                        Add(ProblemKind.OutOfBounds, $"{where} {Show(value)} is longer than maxLength {schema.Int("maxLength")}");
                    var pattern = schema.Str("pattern");
                    if (pattern.Length > 0 && !Matches(pattern, text))
                        Add(ProblemKind.OutOfBounds, $"{where} {Show(value)} does not match pattern {pattern}");
                    var format = schema.Str("format");
                    if (format.Length > 0 && !StringFormats.Fits(format, text))
                        Add(ProblemKind.OutOfBounds, $"{where} {Show(value)} is not a valid {format} (format)");
                    // A number the table writes as a string, with its range in x-numeric-range.
                    if (schema.Obj("x-numeric-range") is JsonObject range
                        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var written))
                        CheckNumber(range, written, value, where, problems);
                    break;
                case "integer":
                case "number":
                    CheckNumber(schema, Json.Number(value), value, where, problems);
                    if (schema.Str("format") == "int32" && (Json.Number(value) < int.MinValue || Json.Number(value) > int.MaxValue))
                        Add(ProblemKind.OutOfBounds, $"{where} {Show(value)} does not fit format int32");
                    break;
                case "array":
                    var count = ((JsonArray)value).Count;
                    if (schema.ContainsKey("minItems") && count < schema.Int("minItems"))
                        Add(ProblemKind.OutOfBounds, $"{where} has {count} items, fewer than minItems {schema.Int("minItems")}");
                    if (schema.ContainsKey("maxItems") && count > schema.Int("maxItems"))
                        Add(ProblemKind.OutOfBounds, $"{where} has {count} items, more than maxItems {schema.Int("maxItems")}");
                    if (schema.Obj("items") is JsonObject items)
                    {
                        var i = 0;
                        foreach (var item in (JsonArray)value) Check(items, item, at + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", problems, null);
                    }
                    break;
                case "object":
                    var obj = (JsonObject)value;
                    foreach (var r in schema.Arr("required") ?? new JsonArray())
                    {
                        var name = r is JsonValue rv ? Json.Scalar(rv) : "";
                        if (!obj.ContainsKey(name)) Add(ProblemKind.MandatoryMissing, $"{Join(at, name)} is missing, the table marks it mandatory");
                    }
                    if (schema.ContainsKey("minProperties") && obj.Count < schema.Int("minProperties"))
                        Add(ProblemKind.OutOfBounds, $"{where} has {obj.Count} members, fewer than minProperties {schema.Int("minProperties")}");
                    if (schema.ContainsKey("maxProperties") && obj.Count > schema.Int("maxProperties"))
                        Add(ProblemKind.OutOfBounds, $"{where} has {obj.Count} members, more than maxProperties {schema.Int("maxProperties")}");
                    var props = schema.Obj("properties");
                    schema.TryGetPropertyValue("additionalProperties", out var additional);
                    var composed = schema.Arr("allOf") is JsonArray composedParts && composedParts.Count > 0;
                    foreach (var pair in obj)
                    {
                        if (props != null && props.Obj(pair.Key) is JsonObject ps) Check(ps, pair.Value, Join(at, pair.Key), problems, null);
                        // A map (`additionalProperties: {schema}`): every value must match that schema.
                        else if (additional is JsonObject valueSchema) Check(valueSchema, pair.Value, Join(at, pair.Key), problems, null);
                        else if (additional is JsonValue open && open.GetValueKind() == System.Text.Json.JsonValueKind.True) { }
                        else if (siblingFields != null && siblingFields.Contains(pair.Key)) { }
                        // A composed object's own level lists nothing unknown: its parts decide.
                        else if (composed && (props == null || props.Count == 0) && !(additional is JsonValue)) { }
                        else if (props != null && props.Count > 0 || additional is JsonValue)
                            Add(ProblemKind.NotInTable, $"{Join(at, pair.Key)} is not in the table");
                    }
                    break;
            }
        }

        /// <summary>
        /// <c>anyOf</c>: the value fits at least one alternative; <c>oneOf</c>: exactly one. When none fits, the
        /// problems of the nearest alternative (fewest problems) are reported, saying they come from it.
        /// </summary>
        private static void Alternatives(JsonObject schema, JsonNode? value, string at, List<ExampleProblem> problems)
        {
            foreach (var keyword in new[] { "anyOf", "oneOf" })
            {
                if (!(schema.Arr(keyword) is JsonArray alternatives) || alternatives.Count == 0) continue;
                var outcomes = alternatives.OfType<JsonObject>().Select(alternative =>
                {
                    var found = new List<ExampleProblem>();
                    Check(alternative, value, at, found, null);
                    return found;
                }).ToList();
                var fitting = outcomes.Count(o => o.Count == 0);
                var where = at.Length == 0 ? "the body" : at;
                if (fitting == 0)
                {
                    var nearest = outcomes.OrderBy(o => o.Count).First();
                    var index = outcomes.IndexOf(nearest) + 1;
                    foreach (var problem in nearest)
                        problems.Add(new ExampleProblem(problem.Kind, $"{where} fits none of the {keyword} alternatives; by the nearest (alternative {index}): {problem.Text}"));
                }
                else if (keyword == "oneOf" && fitting > 1)
                    problems.Add(new ExampleProblem(ProblemKind.NotAllowed, $"{where} fits {fitting} of the oneOf alternatives, where exactly one is allowed"));
            }
        }

        private static void CheckNumber(JsonObject schema, double number, JsonNode value, string where, List<ExampleProblem> problems)
        {
            if (schema.TryGetPropertyValue("multipleOf", out var step) && IsNumber(step) && Json.Number(step!) > 0
                && System.Math.Abs(System.Math.IEEERemainder(number, Json.Number(step!))) > 1e-9)
                problems.Add(new ExampleProblem(ProblemKind.OutOfBounds, $"{where} {Show(value)} is not a multiple of {Show(step)}"));
            if (schema.TryGetPropertyValue("minimum", out var min) && IsNumber(min) && number < Json.Number(min!))
                problems.Add(new ExampleProblem(ProblemKind.OutOfBounds, $"{where} {Show(value)} is below minimum {Show(min)}"));
            if (schema.TryGetPropertyValue("maximum", out var max) && IsNumber(max) && number > Json.Number(max!))
                problems.Add(new ExampleProblem(ProblemKind.OutOfBounds, $"{where} {Show(value)} is above maximum {Show(max)}"));
        }

        private static bool IsNumber(JsonNode? node) => Json.KindOf(node) == "integer" || Json.KindOf(node) == "number";

        private static void CollectFields(JsonObject schema, HashSet<string> fields, int depth)
        {
            if (depth > 16) return;
            foreach (var p in schema.Obj("properties") ?? new JsonObject()) fields.Add(p.Key);
            foreach (var part in (schema.Arr("allOf") ?? new JsonArray()).OfType<JsonObject>()) CollectFields(part, fields, depth + 1);
        }

        private static bool Matches(string pattern, string text)
        {
            try { return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1)); }
            catch (System.ArgumentException) { return true; } // a pattern .NET cannot read is not the example's fault
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
