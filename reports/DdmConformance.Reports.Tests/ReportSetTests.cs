using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

public sealed class ReportSetTests
{
    [Test]
    public void WriteAllCreatesTheDirectoryAndWritesTheThreeReportsUnderTheirFixedNames()
    {
        using var dir = new OutputDirectory();
        var nested = Path.Combine(dir.Path, "out", "run1");

        var paths = ReportSet.WriteAll(SampleRun.Create(), nested);

        Assert.That(paths.Select(Path.GetFileName), Is.EqualTo(new[] { "report.html", "junit.xml", "summary.json" }));
        Assert.That(paths, Has.All.Matches<string>(p => File.Exists(p)));
        Assert.That(paths, Has.All.Matches<string>(p => Path.IsPathFullyQualified(p!)));
    }

    [Test]
    public void WritingTwiceReplacesTheEarlierReports()
    {
        using var dir = new OutputDirectory();
        ReportSet.WriteAll(SampleRun.Create(), dir.Path);

        var paths = ReportSet.WriteAll(SampleRun.Create(SampleRun.Cases().Take(1).ToList()), dir.Path);

        Assert.That(File.ReadAllText(paths[2]), Does.Contain("\"verdict\": \"conformant\""));
    }
}
