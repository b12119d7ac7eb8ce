namespace DdmConformance.Generator.Tests.Support;

/// <summary>Specs/sample.openapi.yaml, the representative spec the snapshots are made from.</summary>
internal static class SampleSpec
{
    public const string FileName = "sample.openapi.yaml";

    public static string Text => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Specs", FileName));

    public static InMemorySpec Load() => InMemorySpec.Named(FileName, Text);
}
