using System.Globalization;
using System.Text;
using System.Xml;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.JUnit;
using DdmConformance.Reports.Overview;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Reports;

/// <summary>
/// Writes <c>junit.xml</c> in the common JUnit dialect that GitHub, GitLab and Jenkins read:
/// a <c>testsuites</c> root, one <c>testsuite</c> per exercised operation, one <c>testcase</c> per case.
/// </summary>
/// <remarks>
/// Operations without cases get no suite (CI views would show empty suites as noise; summary.json
/// and report.html list them). An aborted run adds a suite <c>run</c> with one erroring test case,
/// so CI shows the abort in red even when every case that ran passed. With a baseline, JUnit follows the
/// gate (as the exit code does): a failed case whose every deviation the baseline accepts is reported as
/// skipped ("known deviation"), and a suite <c>baseline</c> fails for each entry that no longer occurs or expired.
/// With <c>--self-check</c>, a suite <c>self-check</c> has one test case per injected deviation: failed when missed,
/// skipped when not run, so a CI gate on JUnit also gates on the mutation score.
/// </remarks>
public static class JUnitWriter
{
    private const string SuiteName = "DdmConformance";

    /// <summary>Writes the JUnit view of <paramref name="run"/> to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(RunResult run, string path, RunGate? gate = null, SelfCheckResult? selfCheck = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var overview = RunOverview.Of(run, gate: gate, selfCheck: selfCheck);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var writer = XmlWriter.Create(path, settings);
        WriteDocument(writer, overview);
    }

    private static void WriteDocument(XmlWriter w, RunOverview o)
    {
        var run = o.Run;
        var aborted = o.Verdict == Verdict.Aborted;
        var known = run.Cases.Count(c => o.Gate?.IsKnownFailure(c) == true);
        var stale = StaleEntries(o.Gate);
        var selfCheck = o.SelfCheck?.Deviations ?? [];
        var missed = selfCheck.Count(d => d.State == InjectionState.Missed);
        var notRun = selfCheck.Count(d => d.State == InjectionState.NotRun);
        w.WriteStartDocument();
        w.WriteStartElement("testsuites");
        w.WriteAttributeString("name", XmlSafeText.Clean($"{SuiteName} {run.Target} ({run.Mode})"));
        w.WriteAttributeString("tests", Int(run.Cases.Count + (aborted ? 1 : 0) + stale.Count + selfCheck.Count));
        w.WriteAttributeString("failures", Int(run.Failed - known + stale.Count + missed));
        w.WriteAttributeString("errors", Int(aborted ? 1 : 0));
        w.WriteAttributeString("skipped", Int(run.Skipped + known + notRun));
        w.WriteAttributeString("time", CaseText.Seconds(o.Duration));
        w.WriteAttributeString("timestamp", Timestamp(run.StartedAt));

        if (aborted) WriteAbortSuite(w, run);
        if (stale.Count > 0) WriteBaselineSuite(w, stale, run.StartedAt);
        if (o.SelfCheck is { } sc) WriteSelfCheckSuite(w, sc, run.StartedAt);
        foreach (var op in o.Operations.Where(op => op.Cases.Count > 0)) WriteSuite(w, op, run.StartedAt, o.Gate);

        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter w, OperationTally op, DateTimeOffset startedAt, RunGate? gate)
    {
        var known = op.Cases.Count(c => gate?.IsKnownFailure(c) == true);
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", XmlSafeText.Clean($"{op.OperationId} ({op.Display})"));
        w.WriteAttributeString("tests", Int(op.Cases.Count));
        w.WriteAttributeString("failures", Int(op.Failed - known));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", Int(op.Skipped + known));
        w.WriteAttributeString("time", CaseText.Seconds(TimeSpan.FromTicks(op.Cases.Sum(c => c.Elapsed.Ticks))));
        w.WriteAttributeString("timestamp", Timestamp(startedAt));

        w.WriteStartElement("properties");
        Property(w, "api", op.Api);
        Property(w, "section", op.Section);
        Property(w, "docTitle", op.Title);
        w.WriteEndElement();

        foreach (var c in op.Cases) WriteCase(w, c, gate);
        w.WriteEndElement();
    }

    private static void WriteCase(XmlWriter w, CaseResult c, RunGate? gate)
    {
        w.WriteStartElement("testcase");
        w.WriteAttributeString("classname", XmlSafeText.Clean($"{c.Api}.{c.OperationId}"));
        w.WriteAttributeString("name", XmlSafeText.Clean(c.Name));
        w.WriteAttributeString("time", CaseText.Seconds(c.Elapsed));

        var known = gate?.IsKnownFailure(c) == true;
        switch (c.Outcome)
        {
            case CaseOutcome.Failed when known:
                var reasons = c.Checks.Where(k => k.IsDeviation).Select(k => gate!.KnownEntry(c.CaseId, k)!.Reason).Distinct();
                w.WriteStartElement("skipped");
                w.WriteAttributeString("message", XmlSafeText.Clean($"known deviation (baseline): {string.Join("; ", reasons)} — {CaseText.FailureHeadline(c)}"));
                w.WriteEndElement();
                break;
            case CaseOutcome.Failed:
                w.WriteStartElement("failure");
                w.WriteAttributeString("message", XmlSafeText.Clean(CaseText.FailureHeadline(c)));
                w.WriteAttributeString("type", "deviation");
                w.WriteString(XmlSafeText.Clean(CaseText.FailureBody(c)));
                w.WriteEndElement();
                break;
            case CaseOutcome.Skipped:
                w.WriteStartElement("skipped");
                w.WriteAttributeString("message", XmlSafeText.Clean(c.SkipReason ?? "skipped"));
                w.WriteEndElement();
                break;
        }

        var transcript = known ? CaseText.FailureBody(c) + "\n" + Transcript(c) : Transcript(c);
        if (transcript.Length > 0) w.WriteElementString("system-out", XmlSafeText.Clean(transcript));
        w.WriteEndElement();
    }

    /// <summary>The request lines of the case, and any warning a passed case carries; bodies stay in report.html.</summary>
    private static string Transcript(CaseResult c)
    {
        var lines = c.Exchanges.Select(CaseText.ExchangeLine).ToList();
        if (c.Outcome != CaseOutcome.Failed)
            lines.AddRange(c.Checks.Where(k => !k.Passed).Select(k => "warning: " + CaseText.Describe(k, c.Section)));
        return string.Join("\n", lines);
    }

    /// <summary>Baseline entries that fail the gate by themselves: no longer occurring, or expired.</summary>
    private static IReadOnlyList<(BaselineEntry Entry, string Why)> StaleEntries(RunGate? gate)
    {
        if (gate?.Baseline is not { } b) return [];
        return b.NoLongerOccurring.Select(e => (e, "no longer occurs: remove it from the baseline"))
            .Concat(b.Expired.Select(e => (e, string.Create(CultureInfo.InvariantCulture, $"expired on {e.Expires:yyyy-MM-dd}: fix the deviation or renew the entry"))))
            .ToList();
    }

    private static void WriteBaselineSuite(XmlWriter w, IReadOnlyList<(BaselineEntry Entry, string Why)> stale, DateTimeOffset startedAt)
    {
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", "baseline");
        w.WriteAttributeString("tests", Int(stale.Count));
        w.WriteAttributeString("failures", Int(stale.Count));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", "0");
        w.WriteAttributeString("time", "0.000");
        w.WriteAttributeString("timestamp", Timestamp(startedAt));
        foreach (var (entry, why) in stale)
        {
            w.WriteStartElement("testcase");
            w.WriteAttributeString("classname", "baseline");
            w.WriteAttributeString("name", XmlSafeText.Clean($"baseline entry {entry.Key} is still accurate"));
            w.WriteAttributeString("time", "0.000");
            w.WriteStartElement("failure");
            w.WriteAttributeString("message", XmlSafeText.Clean($"{entry.Key} {why}"));
            w.WriteAttributeString("type", "baseline");
            w.WriteString(XmlSafeText.Clean($"{entry.Key} {why}\nreason given: {entry.Reason}\noperation: {entry.Operation} (§{entry.Section})"));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteSelfCheckSuite(XmlWriter w, SelfCheckResult s, DateTimeOffset startedAt)
    {
        w.WriteStartElement("testsuite");
        w.WriteAttributeString("name", "self-check");
        w.WriteAttributeString("tests", Int(s.Total));
        w.WriteAttributeString("failures", Int(s.Deviations.Count(d => d.State == InjectionState.Missed)));
        w.WriteAttributeString("errors", "0");
        w.WriteAttributeString("skipped", Int(s.Deviations.Count(d => d.State == InjectionState.NotRun)));
        w.WriteAttributeString("time", CaseText.Seconds(s.Elapsed));
        w.WriteAttributeString("timestamp", Timestamp(startedAt));
        w.WriteStartElement("properties");
        Property(w, "score", s.Score);
        Property(w, "unmodifiedTargetDeviations", Int(s.UnmodifiedTargetDeviations));
        w.WriteEndElement();
        foreach (var d in s.Deviations)
        {
            w.WriteStartElement("testcase");
            w.WriteAttributeString("classname", "self-check");
            w.WriteAttributeString("name", XmlSafeText.Clean($"the suite catches the injected deviation '{d.Name}'"));
            w.WriteAttributeString("time", CaseText.Seconds(d.Elapsed));
            switch (d.State)
            {
                case InjectionState.Missed:
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("message", XmlSafeText.Clean($"missed: {d.Description}"));
                    w.WriteAttributeString("type", "missed");
                    w.WriteString(XmlSafeText.Clean($"{d.Description}\n{SelfCheckText.Verdict(d)}"));
                    w.WriteEndElement();
                    break;
                case InjectionState.NotRun:
                    w.WriteStartElement("skipped");
                    w.WriteAttributeString("message", XmlSafeText.Clean(SelfCheckText.Verdict(d)));
                    w.WriteEndElement();
                    break;
                default:
                    w.WriteElementString("system-out", XmlSafeText.Clean(SelfCheckText.Verdict(d)));
                    break;
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
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
