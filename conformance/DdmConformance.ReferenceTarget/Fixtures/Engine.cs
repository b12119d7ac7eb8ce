namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>A DDM engine (kernel) version that instances can be bought with (Tables 4-94, 4-127).</summary>
internal sealed record Engine(string Id, string Name, string Version);

/// <summary>
/// The engines of the target's region, newest first, under the ids the document prints: the 4.2.21 and
/// 4.2.15 examples list them, and the 4.2.1 examples buy instances with the third (whose version is the
/// one the 4.2.3 details example shows). Three in all, as the 4.2.21 example's <c>total</c> says.
/// </summary>
internal static class EngineCatalogue
{
    public const string Name = "ddm";

    public static IReadOnlyList<Engine> All { get; } =
    [
        new("036dc44a-b560-4316-9e7f-e25a60f2aea2", Name, "3.1.0.8"),
        new("b6907aa2-aacb-3ac9-9782-b90b152d456c", Name, "3.0.8"),
        new("2325a707-0361-8be6-dd01-13474bbac437", Name, "3.0.6"),
    ];

    public static Engine? ById(string id) => All.FirstOrDefault(e => e.Id.Equals(id, StringComparison.Ordinal));
}
