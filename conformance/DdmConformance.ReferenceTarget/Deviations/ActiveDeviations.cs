namespace DdmConformance.ReferenceTarget.Deviations;

/// <summary>The deviations switched on for one server; checked wherever behaviour would differ.</summary>
internal sealed class ActiveDeviations
{
    private readonly HashSet<string> names;

    public ActiveDeviations(IEnumerable<string> names)
        => this.names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);

    public bool IsOn(string deviation) => names.Contains(deviation);

    /// <summary>Names in <paramref name="requested"/> that <see cref="KnownDeviations"/> does not define.</summary>
    public static IReadOnlyList<string> Unknown(IEnumerable<string> requested)
    {
        var known = KnownDeviations.All.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return requested.Where(n => !known.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
