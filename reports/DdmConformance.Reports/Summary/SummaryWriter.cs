using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Overview;
using DdmConformance.Reports.SelfCheck;
using DdmConformance.Reports.Summary;

namespace DdmConformance.Reports;

/// <summary>
/// Writes <c>summary.json</c>: the machine-readable outcome of a run (DESIGN.md fixes its field names).
/// Every operation of every API in the run has an entry, also those no case exercised.
/// </summary>
public static class SummaryWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // The file is read by tools, never embedded in a page: keep non-ASCII and quotes legible.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the summary of <paramref name="run"/> to <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(RunResult run, string path, RunGate? gate = null, SelfCheckResult? selfCheck = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        File.WriteAllText(path, ToJson(RunOverview.Of(run, gate: gate, selfCheck: selfCheck)) + "\n");
    }

    internal static string ToJson(RunOverview overview) => JsonSerializer.Serialize(Build(overview), Options);

    private static SummaryDocument Build(RunOverview o)
    {
        var run = o.Run;
        var operations = new Dictionary<string, SummaryOperation>(StringComparer.Ordinal);
        foreach (var op in o.Operations)
            operations[op.Key] = new SummaryOperation(op.Api, op.OperationId, op.Section, op.Title, op.Method, op.PathTemplate, op.Cases.Count, op.Passed, op.Failed, op.Skipped);

        var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in run.Cases) outcomes.TryAdd(c.CaseId, Outcome(c.Outcome));

        var c2 = o.Coverage;
        return new SummaryDocument(
            run.Target,
            run.Mode,
            run.Parallelism,
            run.StartedAt,
            run.FinishedAt,
            Math.Round(o.Duration.TotalSeconds, 3),
            o.Verdict.Wire(),
            run.Aborted,
            run.TargetUnreachable,
            run.Cases.Count,
            run.Passed,
            run.Failed,
            run.Skipped,
            run.Requests,
            o.Deviations.Select(Of).ToList(),
            operations,
            new SummaryCoverage(c2.ExamplesDocumented, c2.ExamplesReplayed, c2.OperationsTotal, c2.OperationsExercised, c2.ErrorCodesTotal, c2.ErrorCodesProvokable, c2.ErrorCodesUntriggerable, c2.ErrorCodesProvoked),
            new SummaryFindings(o.Findings.Count,
                o.FindingsByRule().ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
                o.FindingsByFamily().ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)),
            run.Apis.Select(a => new SummarySpec(a.Name, a.Title, a.Version, a.SpecFile, a.DocSource)).ToList(),
            outcomes,
            o.Gate?.Baseline is { } b ? Baseline(b) : null,
            o.Gate?.Comparison is { } cmp ? Comparison(cmp) : null,
            o.SelfCheck is { } sc ? SelfCheck(sc) : null);
    }

    private static SummaryBaseline Baseline(BaselineOutcome b) => new(
        b.Baseline.Source,
        b.Passed,
        b.Known.Count,
        b.New.Select(Of).ToList(),
        b.NoLongerOccurring.Select(Of).ToList(),
        b.Expired.Select(Of).ToList(),
        b.NotChecked.Select(Of).ToList());

    private static SummaryComparison Comparison(RunComparison c) => new(
        c.Previous.Source,
        c.Previous.StartedAt,
        c.Regressed.Select(Of).ToList(),
        c.Fixed.Select(Of).ToList(),
        c.NoLongerChecked.Select(Of).ToList(),
        c.Unchanged);

    private static SummarySelfCheck SelfCheck(SelfCheckResult s) => new(
        s.Score,
        s.Caught,
        s.Total,
        s.Passed,
        s.UnmodifiedTargetDeviations,
        s.Jobs,
        Math.Round(s.Elapsed.TotalSeconds, 3),
        s.Interrupted,
        s.Deviations.Select(d => new SummaryInjectedDeviation(
            d.Name,
            d.Description,
            d.Caught,
            SelfCheckText.Outcome(d.State),
            d.FirstCatch?.Case,
            d.FirstCatch?.Operation,
            d.FirstCatch?.Check,
            d.FirstCatch?.Expected,
            d.FirstCatch?.Actual,
            d.FirstCatch?.Section,
            d.CasesRun,
            Math.Round(d.Elapsed.TotalSeconds, 3),
            d.Note)).ToList());

    private static SummaryDeviation Of(Deviation d) => new(d.Operation, d.Case, d.Check, d.Expected, d.Actual, d.Section);

    private static SummaryDeviation Of(RecordedDeviation d) => new(d.Operation, d.Case, d.Check, d.Expected, d.Actual, d.Section);

    private static SummaryBaselineEntry Of(BaselineEntry e) => new(e.Case, e.Check, e.Reason, e.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string Outcome(CaseOutcome o) => o switch
    {
        CaseOutcome.Passed => "passed",
        CaseOutcome.Failed => "failed",
        _ => "skipped",
    };
}
