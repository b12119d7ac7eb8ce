using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Parameters;

/// <summary>New values in an instance's parameter group (4.10.3, 4.10.4, a template applied at purchase), as 4.2.23 then shows them.</summary>
internal static class InstanceParameterValues
{
    /// <summary>The group with <paramref name="values"/> set; names the group does not have are left out.</summary>
    public static ParameterGroup Applied(ParameterGroup group, IReadOnlyDictionary<string, string> values, DateTimeOffset at)
        => group with
        {
            Values = [.. group.Values.Select(p => values.TryGetValue(p.Name, out var value) ? p with { Value = value } : p)],
            Updated = WireTime.ToSeconds(at),
        };
}
