namespace DdmConformance.Generator.Tests.Support;

/// <summary>
/// Compares emitted code with a checked-in file under Expected/. On a mismatch it writes the actual text
/// to the test output folder and fails with how to accept it; with <c>UPDATE_SNAPSHOTS=1</c> it rewrites
/// the expected file in the source tree instead.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void Match(string actual, string expectedFileName)
    {
        actual = Normalize(actual);
        var sourcePath = Path.Combine(RepositoryLayout.TestProjectDirectory, "Expected", expectedFileName);
        if (Updating)
        {
            File.WriteAllText(sourcePath, actual);
            TestContext.Out.WriteLine($"{UpdateVariable}=1: wrote {sourcePath}");
            return;
        }

        var expectedPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Expected", expectedFileName);
        var expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected == actual) return;

        var actualPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Actual", expectedFileName);
        Directory.CreateDirectory(Path.GetDirectoryName(actualPath)!);
        File.WriteAllText(actualPath, actual);
        TestContext.AddTestAttachment(actualPath, "actual " + expectedFileName);
        Assert.Fail(
            (expected == null ? $"No expected file Expected/{expectedFileName}.\n" : FirstDifference(expected, actual))
            + $"\nThe actual output is in {actualPath}."
            + $"\nIf the change is intended, accept it: {UpdateVariable}=1 dotnet test generator/DdmConformance.Generator.Tests"
            + $"\n(rewrites {sourcePath}; review the diff before committing).");
    }

    /// <summary>The snapshot files, in ordinal order (as copied next to the tests).</summary>
    public static IReadOnlyList<string> ExpectedFiles()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Expected");
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.cs").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>While updating: deletes snapshots in the source tree of files the generator no longer emits.</summary>
    public static void RemoveAllBut(IEnumerable<string> emitted)
    {
        var keep = new HashSet<string>(emitted, StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryLayout.TestProjectDirectory, "Expected"), "*.cs"))
            if (!keep.Contains(Path.GetFileName(file)))
            {
                File.Delete(file);
                TestContext.Out.WriteLine($"{UpdateVariable}=1: deleted {file}");
            }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al) return $"Emitted code differs from the snapshot at line {i + 1}:\n  expected: {el}\n  actual:   {al}";
        }
        return "Emitted code differs from the snapshot.";
    }
}
