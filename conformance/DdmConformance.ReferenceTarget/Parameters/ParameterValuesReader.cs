using System.Collections.Immutable;
using System.Text.Json;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Parameters;

/// <summary>
/// Reads the <c>values</c> map (<c>Map&lt;String,String&gt;</c>) of 4.10.3, 4.10.4, 4.10.5 and 4.10.9 and checks
/// each entry against the parameters it may name. Shape errors (not an object, a value that is not a string,
/// an empty value where the table forbids one) are parameter errors (DBS.280001); an unknown parameter or a
/// value outside its range is DBS.300375. An empty key is skipped: the tables say a parameter whose name is
/// left empty is not changed.
/// </summary>
internal static class ParameterValuesReader
{
    /// <param name="body">The request body (a JSON object).</param>
    /// <param name="required">Whether <c>values</c> is mandatory (all but 4.10.5).</param>
    /// <param name="known">The parameters the map may name.</param>
    /// <param name="emptyValueAllowed">False for templates (Tables 4-538, 4-549: "If key is not empty, the value cannot be empty").</param>
    public static ImmutableDictionary<string, string> Read(JsonElement body, bool required, IReadOnlyList<InstanceParameter> known, bool emptyValueAllowed)
    {
        JsonFields.Root(body);
        if (!body.TryGetProperty("values", out var values))
            return required ? throw JsonFields.Invalid("values is mandatory") : ImmutableDictionary<string, string>.Empty;
        if (values.ValueKind != JsonValueKind.Object)
            throw JsonFields.Invalid("values must be an object of parameter names and string values");

        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var entry in values.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
                throw JsonFields.Invalid($"values.{entry.Name} must be a string");
            if (entry.Name.Length == 0)
                continue;
            var value = entry.Value.GetString()!;
            if (value.Length == 0 && !emptyValueAllowed)
                throw JsonFields.Invalid($"values.{entry.Name} must not be empty");
            var definition = known.FirstOrDefault(p => p.Name.Equals(entry.Name, StringComparison.Ordinal))
                             ?? throw ParameterRules.Invalid(entry.Name, "no such parameter");
            ParameterRules.Check(definition, value);
            result[entry.Name] = value;
        }
        return result.ToImmutable();
    }

    /// <summary>Whether setting <paramref name="changes"/> over <paramref name="current"/> changes a parameter that needs a restart.</summary>
    public static bool NeedsRestart(IReadOnlyDictionary<string, string> changes, IEnumerable<InstanceParameter> current)
        => current.Any(p => p.NeedRestart && changes.TryGetValue(p.Name, out var value) && value != p.Value);
}
