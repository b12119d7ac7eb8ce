namespace DdmConformance.Generator.Tests.Support;

/// <summary>
/// The repository's specs as the tests (and the benchmark) use them: spec/*.openapi.yaml, and the full DDM
/// document, which is spec/ddm.openapi.yaml with the chapters still in spec/fragments/*.yaml merged in.
/// </summary>
internal static class RepositorySpecs
{
    private const string DdmFile = "ddm.openapi.yaml";

    public static string FragmentDirectory => Path.Combine(RepositoryLayout.SpecDirectory, "fragments");

    /// <summary>True while chapters wait in spec/fragments/*.yaml (the side APIs in side-apis/ are separate specs).</summary>
    public static bool FragmentsExist
        => Directory.Exists(FragmentDirectory) && Directory.GetFiles(FragmentDirectory, "*.yaml").Length > 0;

    /// <summary>A name for the merged document; tests load it through <see cref="Load"/>.</summary>
    public static string MergedFragmentsPath => Path.Combine(FragmentDirectory, DdmFile);

    /// <summary>The full DDM document: merged while fragments exist, else spec/ddm.openapi.yaml itself.</summary>
    public static string FullDdmPath => FragmentsExist ? MergedFragmentsPath : Path.Combine(RepositoryLayout.SpecDirectory, DdmFile);

    /// <summary>The merge of spec/fragments/ into spec/ddm.openapi.yaml (computed once per test run).</summary>
    public static (string Yaml, IReadOnlyList<string> Conflicts) Merge() => Merged.Value;

    private static readonly Lazy<(string, IReadOnlyList<string>)> Merged = new(() =>
        SpecFragmentMerger.Merge(FragmentDirectory, Path.Combine(RepositoryLayout.SpecDirectory, DdmFile)));

    public static InMemorySpec Load(string path)
        => path == MergedFragmentsPath
            ? new InMemorySpec(path, Merge().Yaml)
            : new InMemorySpec(path, File.ReadAllText(path));
}
