namespace DdmConformance.Generator.Tests.Support;

/// <summary>Where things are in the repository, found from the test's output directory.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder holding <c>DdmConformance.sln</c>.</summary>
    public static string Root => RootPath.Value;

    public static string SpecDirectory => Path.Combine(Root, "spec");

    /// <summary>The source folder of this test project (snapshots are accepted into it).</summary>
    public static string TestProjectDirectory => Path.Combine(Root, "generator", "DdmConformance.Generator.Tests");

    /// <summary>The runtime types generated code references (ApiRequest, the catalog descriptors).</summary>
    public static string ApiProjectDirectory => Path.Combine(Root, "conformance", "DdmConformance.Api");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DdmConformance.sln"))) return dir.FullName;
        throw new InvalidOperationException(
            "DdmConformance.sln not found above " + TestContext.CurrentContext.TestDirectory + ": run the tests from the repository's build output.");
    }
}
