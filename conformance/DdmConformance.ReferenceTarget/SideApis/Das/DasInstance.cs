namespace DdmConformance.ReferenceTarget.SideApis.Das;

/// <summary>A database instance DAS can connect to, with the ids of its nodes.</summary>
internal sealed record DasInstance(string Id, IReadOnlyList<string> NodeIds)
{
    /// <summary>
    /// DAS connects to instances other services create (RDS, GaussDB, DDM…), so the target cannot create
    /// them: every project has this one. Its id is the documented example's (line 369), so the example
    /// replays verbatim; it is 36 characters although Table 1 says 32 (the document's own contradiction).
    /// </summary>
    public static DasInstance Documented { get; } = new(
        "bcfa975193f1402fa11a6d4fd6baf5fbin01",
        ["6a1f0e52b7c84d0f9b3e2c7d4a5f6b01", "6a1f0e52b7c84d0f9b3e2c7d4a5f6b02"]);
}
