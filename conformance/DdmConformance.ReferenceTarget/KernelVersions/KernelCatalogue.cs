namespace DdmConformance.ReferenceTarget.KernelVersions;

/// <summary>One DDM kernel version the target can run; <paramref name="Favored"/> marks its series' preferred version.</summary>
internal sealed record KernelVersion(string Number, bool Favored)
{
    public Version Order { get; } = Version.Parse(Number);

    /// <summary>The first three components: <c>3.0.8.5</c> is in the 3.0.8 series (4.8.1, current_favored_version).</summary>
    public string Series => string.Join('.', Number.Split('.').Take(3));
}

/// <summary>
/// The kernel versions of the target's region: the three engine versions instances are bought with
/// (<see cref="Fixtures.EngineCatalogue"/>) and the versions 4.8's examples name. One favored version per
/// series: 3.0.8.5 as 4.8.1 says; the newest of the others.
/// </summary>
internal static class KernelCatalogue
{
    public static IReadOnlyList<KernelVersion> All { get; } =
    [
        new("3.0.6", Favored: true),
        new("3.0.8", Favored: false),
        new("3.0.8.3", Favored: false),
        new("3.0.8.5", Favored: true),
        new("3.1.0.3", Favored: false),
        new("3.1.0.7", Favored: false),
        new("3.1.0.8", Favored: true),
    ];

    public static KernelVersion? Find(string number) => All.FirstOrDefault(v => v.Number == number);

    /// <summary>The newest favored version (latest_version).</summary>
    public static KernelVersion Latest => All.Where(v => v.Favored).MaxBy(v => v.Order)!;

    /// <summary>The favored version of <paramref name="current"/>'s series, or the current one when the series has none.</summary>
    public static string FavoredOf(string current)
    {
        var series = Find(current)?.Series;
        return All.FirstOrDefault(v => v.Favored && v.Series == series)?.Number ?? current;
    }

    /// <summary>Versions <paramref name="current"/> can change to: every other one, older (downgrade) or newer (upgrade).</summary>
    public static IEnumerable<KernelVersion> ChangeableFrom(string current) => All.Where(v => v.Number != current);
}
