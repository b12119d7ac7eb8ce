namespace DdmConformance.Tests.Support;

/// <summary>Finds the repository from the test's output directory (the folder holding DdmConformance.sln).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Spec(string relative) => Path.Combine(Root, "spec", relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DdmConformance.sln"))) return dir.FullName;
        throw new InvalidOperationException("DdmConformance.sln not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
