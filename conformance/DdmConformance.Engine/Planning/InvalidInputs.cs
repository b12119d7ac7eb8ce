using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.Engine.Planning;

/// <summary>An input the document forbids, and the sentence that says why.</summary>
/// <param name="Code">The error code the document gives for this very field (<c>x-error-code</c>), or null for the generic one.</param>
/// <param name="BaseKeepsRule">
/// For a value just outside a length or pattern: whether the valid body the case starts from keeps that rule at the
/// field. Where it does not (a masked <c>****.***.***.***.***</c> endpoint sent as documented), the spoiled request is
/// no more wrong than the documented one, which the document shows succeeding, and the case proves nothing.
/// </param>
public sealed record InvalidInput(string Kind, string Field, string Description, Func<JsonNode, JsonNode> Apply, string? Code = null,
    Func<JsonNode, bool>? BaseKeepsRule = null);

/// <summary>
/// Derives inputs the tables forbid from a valid body and its schema: each mandatory field missing,
/// a wrong JSON type, and values just outside each stated enum, length, range, pattern and item count —
/// in nested objects and in the first item of arrays too. Derived
/// from the schema, never hand-written per operation.
/// </summary>
public static partial class InvalidInputs
{
    public static IEnumerable<InvalidInput> ForBody(JsonObject schema, JsonNode validBody)
        => Walk(schema, validBody, []);

    /// <summary>Forbidden values for a query parameter (as strings), from its schema.</summary>
    public static IEnumerable<(string Kind, string Description, string Value)> ForQuery(string name, JsonObject schema)
    {
        // Every query value travels as text, so "a number where a string is expected" is no violation there.
        foreach (var (kind, description, value) in Violations(name, schema, current: null).Where(v => !(v.Kind == "wrong-type" && (string?)schema["type"] == "string")))
            yield return (kind, description, value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "");
    }

    private static IEnumerable<InvalidInput> Walk(JsonObject schema, JsonNode? node, string[] path)
    {
        if (node is not JsonObject obj || schema["properties"] is not JsonObject properties) yield break;
        var required = (schema["required"] as JsonArray)?.Select(r => (string?)r).OfType<string>().ToHashSet() ?? [];
        foreach (var name in required.Where(obj.ContainsKey))
        {
            var at = path.Append(name).ToArray();
            yield return new InvalidInput("missing-required", Dotted(at), $"without the mandatory field {Dotted(at)}", body => Edit(body, at, remove: true, null));
        }
        foreach (var (name, value) in obj)
        {
            if (properties[name] is not JsonObject propertySchema) continue;
            var at = path.Append(name).ToArray();
            foreach (var (kind, description, bad) in Violations(Dotted(at), propertySchema, value))
            {
                var replacement = bad;
                yield return new InvalidInput(kind, Dotted(at), description, body => Edit(body, at, remove: false, replacement),
                    FieldCode(propertySchema, kind, bad), KeepsRule(kind, propertySchema, at));
            }
            if (value is JsonObject && propertySchema["properties"] is not null)
                foreach (var nested in Walk(propertySchema, value, at)) yield return nested;
            // Inside an array, the first item stands for all: its fields (or its value) are spoiled like any other.
            if (value is JsonArray { Count: > 0 } items && propertySchema["items"] is JsonObject itemSchema)
                foreach (var inItem in WalkItem(itemSchema, propertySchema, items[0], at.Append("0").ToArray())) yield return inItem;
        }
    }

    /// <param name="arraySchema">The array's own schema: a code it declares (<c>x-error-code</c>) holds for its items too.</param>
    private static IEnumerable<InvalidInput> WalkItem(JsonObject schema, JsonObject arraySchema, JsonNode? item, string[] at)
    {
        if (item is JsonObject && schema["properties"] is not null)
        {
            foreach (var nested in Walk(schema, item, at)) yield return nested;
            yield break;
        }
        if (item is JsonObject or JsonArray) yield break;
        foreach (var (kind, description, bad) in Violations(Dotted(at), schema, item))
        {
            var replacement = bad;
            yield return new InvalidInput(kind, Dotted(at), description, body => Edit(body, at, remove: false, replacement),
                FieldCode(schema, kind, bad) ?? FieldCode(arraySchema, kind, bad), KeepsRule(kind, schema, at));
        }
    }

    private static IEnumerable<(string Kind, string Description, JsonNode? Value)> Violations(string field, JsonObject schema, JsonNode? current)
    {
        var type = (string?)schema["type"];
        switch (type)
        {
            case "string":
                yield return ("wrong-type", $"with {field} as a number instead of a string", JsonValue.Create(12345));
                if (schema["enum"] is JsonArray e && e.Count > 0)
                    yield return ("bad-enum", $"with {field} outside its enumerated values", JsonValue.Create("NOT_A_DOCUMENTED_VALUE"));
                if (Int(schema["maxLength"]) is { } max && max < 100_000)
                    yield return ("too-long", $"with {field} longer than {max} characters", JsonValue.Create(Longer(current, max)));
                if (Int(schema["minLength"]) is { } min && min > 0)
                    yield return ("too-short", $"with {field} shorter than {min} characters", JsonValue.Create(new string('a', min - 1)));
                // No case when no candidate breaks the pattern: a value that matches would test nothing.
                if ((string?)schema["pattern"] is { Length: > 0 } pattern && schema["enum"] is null
                    && Breaking(pattern, Int(schema["minLength"]) ?? 1, Int(schema["maxLength"])) is { } breaking)
                    yield return ("bad-pattern", $"with {field} not matching {pattern}", JsonValue.Create(breaking));
                break;
            case "integer":
            case "number":
                yield return ("wrong-type", $"with {field} as text instead of a number", JsonValue.Create("not-a-number"));
                if (Number(schema["minimum"]) is { } lo)
                    yield return ("out-of-range", $"with {field} below its minimum {Show(lo)}", JsonValue.Create(type == "integer" ? Math.Floor(lo) - 1 : lo - 1));
                if (Number(schema["maximum"]) is { } hi)
                    yield return ("out-of-range", $"with {field} above its maximum {Show(hi)}", JsonValue.Create(type == "integer" ? Math.Ceiling(hi) + 1 : hi + 1));
                break;
            case "boolean":
                yield return ("wrong-type", $"with {field} as a number instead of a boolean", JsonValue.Create(7));
                break;
            case "array":
                yield return ("wrong-type", $"with {field} as a string instead of an array", JsonValue.Create("not-an-array"));
                if (Int(schema["minItems"]) is { } fewest && fewest > 0)
                    yield return ("too-few-items", $"with {field} holding fewer than {fewest} items", new JsonArray(Enumerable.Repeat(current is JsonArray { Count: > 0 } some ? some[0] : null, fewest - 1).Select(i => i?.DeepClone()).ToArray()));
                if (Int(schema["maxItems"]) is { } most && most < 1000 && current is JsonArray { Count: > 0 } list)
                    yield return ("too-many-items", $"with {field} holding more than {most} items", new JsonArray(Enumerable.Range(0, most + 1).Select(_ => list[0]?.DeepClone()).ToArray()));
                break;
            case "object":
                yield return ("wrong-type", $"with {field} as a string instead of an object", JsonValue.Create("not-an-object"));
                break;
        }
    }

    /// <summary>Whether the body's value at <paramref name="at"/> keeps the schema's length and pattern (see <see cref="InvalidInput.BaseKeepsRule"/>).</summary>
    private static Func<JsonNode, bool>? KeepsRule(string kind, JsonObject schema, string[] at)
        => kind is "too-long" or "too-short" or "bad-pattern"
            ? body => At(body, at) is not JsonValue v || v.GetValueKind() != JsonValueKind.String || MaskedSecrets.Fits(v.GetValue<string>(), schema)
            : null;

    private static JsonNode? At(JsonNode? node, string[] path)
    {
        foreach (var segment in path)
            node = node is JsonArray array ? (int.TryParse(segment, CultureInfo.InvariantCulture, out var i) && i < array.Count ? array[i] : null) : node?[segment];
        return node;
    }

    /// <summary>
    /// The code the document gives for breaking this field's rules (<c>x-error-code</c>): one code for every rule, or
    /// one per rule keyword (<c>{maxLength: DBS.300405, pattern: DBS.300109}</c>). Type errors keep the generic code.
    /// </summary>
    private static string? FieldCode(JsonObject schema, string kind, JsonNode? bad)
    {
        if (kind == "wrong-type") return null;
        return schema["x-error-code"] switch
        {
            JsonValue single => (string?)single,
            JsonObject byRule => (string?)byRule[kind switch
            {
                "bad-pattern" => "pattern",
                "too-long" => "maxLength",
                "too-short" => "minLength",
                "bad-enum" => "enum",
                "too-few-items" => "minItems",
                "too-many-items" => "maxItems",
                "out-of-range" when Number(schema["minimum"]) is { } lo && Number(bad) is { } v && v < lo => "minimum",
                "out-of-range" => "maximum",
                _ => kind,
            }],
            _ => null,
        };
    }

    /// <summary>
    /// A value that breaks <paramref name="pattern"/> while keeping a legal length, so only the pattern is at
    /// fault: fixed candidates first, then the characters a negated class (<c>[^!&lt;&gt;&amp;]</c>) forbids; null when none breaks it.
    /// </summary>
    private static string? Breaking(string pattern, int minLength, int? maxLength)
    {
        var length = Math.Clamp(Math.Max(minLength, 8), 1, maxLength ?? 64);
        var forbidden = NegatedClass().Matches(pattern).SelectMany(m => m.Groups[1].Value.Where((c, i) => c != '\\' && (i == 0 || m.Groups[1].Value[i - 1] != '\\')));
        var candidates = new[] { new string('#', length), "9" + new string('#', length - 1), new string(' ', length), new string('é', length) }
            .Concat(forbidden.Select(c => "a" + new string(c, length - 1)));
        return candidates.FirstOrDefault(candidate => !System.Text.RegularExpressions.Regex.IsMatch(candidate, pattern));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\^((?:\\.|[^\]])+)\]")]
    private static partial System.Text.RegularExpressions.Regex NegatedClass();

    private static string Longer(JsonNode? current, int max)
    {
        var seed = current is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "a";
        if (seed.Length == 0) seed = "a";
        var s = seed;
        while (s.Length <= max) s += seed;
        return s[..(max + 1)];
    }

    private static JsonNode Edit(JsonNode body, string[] path, bool remove, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parent = copy;
        for (var i = 0; i < path.Length - 1; i++) parent = parent is JsonArray array ? array[int.Parse(path[i], CultureInfo.InvariantCulture)]! : parent![path[i]]!;
        if (parent is JsonArray items)
        {
            items[int.Parse(path[^1], CultureInfo.InvariantCulture)] = value?.DeepClone();
            return copy;
        }
        var obj = (JsonObject)parent!;
        if (remove) obj.Remove(path[^1]);
        else obj[path[^1]] = value?.DeepClone();
        return copy;
    }

    /// <summary><c>databases.0.name</c> → <c>databases[0].name</c>.</summary>
    private static string Dotted(IEnumerable<string> path)
        => string.Concat(path.Select((segment, i) => segment.All(char.IsAsciiDigit) ? "[" + segment + "]" : (i == 0 ? "" : ".") + segment));

    private static int? Int(JsonNode? n) => n is JsonValue v && v.TryGetValue<double>(out var d) ? (int)d : n is JsonValue i && i.TryGetValue<long>(out var l) ? (int)l : null;

    private static double? Number(JsonNode? n) => n is JsonValue v && (v.TryGetValue<double>(out var d) || (v.TryGetValue<long>(out var l) && (d = l) == l)) ? d : null;

    private static string Show(double d) => d.ToString(CultureInfo.InvariantCulture);
}
