namespace DdmConformance.Generator.Tests.Support;

/// <summary>The repository's specs as the tests use them: spec/*.openapi.yaml, and the full DDM document among them.</summary>
internal static class RepositorySpecs
{
    /// <summary>spec/ddm.openapi.yaml: all 108 operations of chapter 4.</summary>
    public static string FullDdmPath => Path.Combine(RepositoryLayout.SpecDirectory, "ddm.openapi.yaml");

    public static InMemorySpec Load(string path) => new(path, File.ReadAllText(path));
}
