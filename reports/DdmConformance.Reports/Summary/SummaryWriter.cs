using System.Text.Encodings.Web;
using System.Text.Json;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Overview;
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
    public static void Write(RunResult run, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        File.WriteAllText(path, ToJson(RunOverview.Of(run)) + "\n");
    }

    internal static string ToJson(RunOverview overview) => JsonSerializer.Serialize(Build(overview), Options);

    private static SummaryDocument Build(RunOverview o)
    {
        var run = o.Run;
        var operations = new Dictionary<string, SummaryOperation>(StringComparer.Ordinal);
        foreach (var op in o.Operations)
            operations[op.Key] = new SummaryOperation(op.Api, op.OperationId, op.Section, op.Title, op.Method, op.PathTemplate, op.Cases.Count, op.Passed, op.Failed, op.Skipped);

        var c = o.Coverage;
        return new SummaryDocument(
            run.Target,
            run.Mode,
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
            o.Deviations.Select(d => new SummaryDeviation(d.Operation, d.Case, d.Check, d.Expected, d.Actual, d.Section)).ToList(),
            operations,
            new SummaryCoverage(c.ExamplesDocumented, c.ExamplesReplayed, c.OperationsTotal, c.OperationsExercised, c.ErrorCodesTotal, c.ErrorCodesProvokable, c.ErrorCodesUntriggerable),
            new SummaryFindings(o.Findings.Count, o.FindingsByRule().ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal)));
    }
}
