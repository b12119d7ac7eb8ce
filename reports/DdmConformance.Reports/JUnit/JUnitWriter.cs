using System.Globalization;
using System.Text;
using System.Xml;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.JUnit;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports;

/// <summary>
/// Writes <c>junit.xml</c> in the common JUnit dialect that GitHub, GitLab and Jenkins read:
/// a <c>testsuites</c> root, one <c>testsuite</c> per exercised operation, one <c>testcase</c> per case.
/// </summary>
/// <remarks>
/// Operations without cases get no suite (CI views would show empty suites as noise; summary.json
/// and report.html list them). An aborted run adds a suite <c>run</c> with one erroring test case,
/// so CI shows the abort in red even when every case that ran passed.
/// </remarks>
public static class JUnitWriter
{
    private const string SuiteName = "DdmConformance";

    /// <summary>Writes the JUnit view of <paramref name="run"/> to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(RunResult run, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        var overview = RunOverview.Of(run);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var writer = XmlWriter.Create(path, settings);
        WriteDocument(writer, overview);
    }

    private static void WriteDocument(XmlWriter w, RunOverview o)
    {
        var run = o.Run;
        var aborted = o.Verdict == Verdict.Aborted;
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", XmlSafeText.Clean($"{SuiteName} {run.Target} ({run.Mode})"));
        w.WriteAttributeString("tests", Int(run.Cases.Count + (aborted ? 1 : 0)));
        w.WriteAttributeString("failures", Int(run.Failed));
        w.WriteAttributeString("errors", Int(aborted ? 1 : 0));
        w.WriteAttributeString("skipped", Int(run.Skipped));
        w.WriteAttributeString("time", CaseText.Seconds(o.Duration));
        w.WriteAttributeString("timestamp", Timestamp(run.StartedAt));

        if (aborted) WriteAbortSuite(w, run);
        foreach (var op in o.Operations.Where(op => op.Cases.Count > 0)) WriteSuite(w, op, run.StartedAt);

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter w, OperationTally op, DateTimeOffset startedAt)
    {
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", XmlSafeText.Clean($"{op.OperationId} ({op.Display})"));
        w.WriteAttributeString("tests", Int(op.Cases.Count));
        w.WriteAttributeString("failures", Int(op.Failed));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", Int(op.Skipped));
        w.WriteAttributeString("time", CaseText.Seconds(TimeSpan.FromTicks(op.Cases.Sum(c => c.Elapsed.Ticks))));
        w.WriteAttributeString("timestamp", Timestamp(startedAt));

        w.WriteStartElement("properties");
        Property(w, "api", op.Api);
        Property(w, "section", op.Section);
        Property(w, "docTitle", op.Title);
        w.WriteEndElement();

        foreach (var c in op.Cases) WriteCase(w, c);
        w.WriteEndElement();
    }

    private static void WriteCase(XmlWriter w, CaseResult c)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", XmlSafeText.Clean($"{c.Api}.{c.OperationId}"));
        w.WriteAttributeString("name", XmlSafeText.Clean(c.Name));
        w.WriteAttributeString("time", CaseText.Seconds(c.Elapsed));

        switch (c.Outcome)
        {
            case CaseOutcome.Failed:
                w.WriteStartElement("failure");
                w.WriteAttributeString("message", XmlSafeText.Clean(CaseText.FailureHeadline(c)));
                w.WriteAttributeString("type", "deviation");
                w.WriteString(XmlSafeText.Clean(FailureBody(c)));
                w.WriteEndElement();
                break;
            case CaseOutcome.Skipped:
                w.WriteStartElement("skipped");
                w.WriteAttributeString("message", XmlSafeText.Clean(c.SkipReason ?? "skipped"));
                w.WriteEndElement();
                break;
        }

        var transcript = Transcript(c);
        if (transcript.Length > 0) w.WriteElementString("system-out", XmlSafeText.Clean(transcript));
        w.WriteEndElement();
    }

    /// <summary>Every failing check on its own line, then the reference it relies on.</summary>
    private static string FailureBody(CaseResult c)
    {
        var sb = new StringBuilder();
        foreach (var check in CaseText.FailingChecks(c))
        {
            sb.Append(check.IsDeviation ? "deviation" : "warning").Append(": ").Append(check.Check).Append('\n')
              .Append("  expected: ").Append(check.Expected).Append('\n')
              .Append("  actual:   ").Append(check.Actual).Append('\n')
              .Append("  section:  ").Append(c.Section).Append('\n');
        }
        foreach (var error in c.Exchanges.Select(e => e.Error).Where(e => !string.IsNullOrEmpty(e)))
            sb.Append("request error: ").Append(error).Append('\n');
        sb.Append("case: ").Append(c.CaseId).Append('\n');
        sb.Append("reference: §").Append(c.Section).Append(' ').Append(c.DocTitle);
        if (c.DocLine > 0) sb.Append(" (document line ").Append(Int(c.DocLine)).Append(')');
        return sb.ToString();
    }

    /// <summary>The request lines of the case, and any warning a passed case carries; bodies stay in report.html.</summary>
    private static string Transcript(CaseResult c)
    {
        var lines = c.Exchanges.Select(CaseText.ExchangeLine).ToList();
        if (c.Outcome != CaseOutcome.Failed)
            lines.AddRange(c.Checks.Where(k => !k.Passed).Select(k => "warning: " + CaseText.Describe(k, c.Section)));
        return string.Join("\n", lines);
    }

    private static void WriteAbortSuite(XmlWriter w, RunResult run)
    {
        var reason = run.Aborted ?? "target unreachable";
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", "run");
        w.WriteAttributeString("tests", "1");
        w.WriteAttributeString("failures", "0");
        w.WriteAttributeString("errors", "1");
        w.WriteAttributeString("skipped", "0");
        w.WriteAttributeString("time", "0.000");
        w.WriteAttributeString("timestamp", Timestamp(run.StartedAt));
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", SuiteName);
        w.WriteAttributeString("name", "the run completed against the target");
        w.WriteAttributeString("time", "0.000");
        w.WriteStartElement("error");
        w.WriteAttributeString("message", XmlSafeText.Clean(reason));
        w.WriteAttributeString("type", run.TargetUnreachable ? "target-unreachable" : "aborted");
        w.WriteString(XmlSafeText.Clean($"The run stopped early: {reason}. Results below cover only the cases that ran."));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Property(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("property");
        w.WriteAttributeString("name", name);
        w.WriteAttributeString("value", XmlSafeText.Clean(value));
        w.WriteEndElement();
    }

    private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);

    // JUnit's schema wants a local ISO 8601 timestamp without offset; UTC is the only unambiguous choice.
    private static string Timestamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
