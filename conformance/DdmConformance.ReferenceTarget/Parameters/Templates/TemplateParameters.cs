using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Fixtures;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>
/// The parameters a template holds: every instance parameter (<see cref="ParameterDefaults"/>), plus
/// <c>ddl_flowcontrol_threshold</c>, which only the 4.10 examples name (4.10.9 sets it to 10005, 4.10.11 compares
/// 1005 with 10000). Applying a template to an instance sets the parameters the instance has.
/// </summary>
internal static class TemplateParameters
{
    public static IReadOnlyList<InstanceParameter> All { get; } =
    [
        .. ParameterDefaults.All,
        // Default, range and description not documented; the examples' values are within the range.
        new("ddl_flowcontrol_threshold", "10000", false, false, "1-1000000", "integer", "Threshold of concurrent DDL statements above which DDL flow control starts."),
    ];

    public static ImmutableDictionary<string, string> Defaults { get; }
        = All.ToImmutableDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>The template's parameters with its values, in catalogue order.</summary>
    public static IEnumerable<InstanceParameter> WithValues(IReadOnlyDictionary<string, string> values)
        => All.Select(p => values.TryGetValue(p.Name, out var value) ? p with { Value = value } : p);
}
