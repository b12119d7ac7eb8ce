using System.CommandLine;
using DdmConformance.Cli.Console;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Gates;

namespace DdmConformance.Cli.Verbs;

/// <summary>
/// The CI gates of <c>run</c>: <c>--baseline</c> (known deviations; only new ones, entries that no longer
/// occur and expired entries fail), <c>--write-baseline</c>, <c>--compare</c> (what regressed and what was
/// fixed since an earlier summary.json). The files are read before the run, so a bad one is a usage error
/// before any request is sent; judging and reporting live in DdmConformance.Reports.
/// </summary>
internal sealed class RunGates
{
    public static readonly Option<string?> BaselineOption = new("--baseline") { HelpName = "FILE", Description = "Known deviations (JSON; each with a reason, optionally an expiry date; env DDM_BASELINE). The run then fails only on deviations not listed, on entries that no longer occur, and on expired entries." };
    public static readonly Option<string?> WriteBaselineOption = new("--write-baseline") { HelpName = "FILE", Description = "Write this run's deviations as a baseline to FILE (reasons and expiry dates kept from --baseline); the run is then judged by it." };
    public static readonly Option<string?> CompareOption = new("--compare") { HelpName = "SUMMARY", Description = "summary.json of an earlier run: the report and the console list what regressed and what was fixed." };

    private readonly Baseline? baseline;
    private readonly PreviousRun? previous;
    private readonly string? writePath;
    private Baseline? written;

    private RunGates(Baseline? baseline, PreviousRun? previous, string? writePath)
    {
        this.baseline = baseline;
        this.previous = previous;
        this.writePath = writePath;
    }

    public static IEnumerable<Option> Options => [BaselineOption, WriteBaselineOption, CompareOption];

    /// <summary>Reads and validates the gate's files; a bad one is a usage error.</summary>
    public static RunGates Load(ParseResult parse)
    {
        var baselinePath = parse.GetValue(BaselineOption) ?? (Environment.GetEnvironmentVariable("DDM_BASELINE") is { Length: > 0 } env ? env : null);
        var comparePath = parse.GetValue(CompareOption);
        try
        {
            return new RunGates(
                baselinePath is null ? null : Baseline.Load(baselinePath),
                comparePath is null ? null : PreviousRun.Load(comparePath),
                parse.GetValue(WriteBaselineOption));
        }
        catch (GateInputException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>
    /// Judges the run. With <c>--write-baseline</c> (and a complete run) the judge is the baseline just
    /// recorded, so every current deviation is accepted and an entry of the old one that no longer occurs is dropped.
    /// </summary>
    public RunGate Judge(RunResult result)
    {
        if (writePath is not null && IsComplete(result))
            written = new Baseline(Baseline.Record(result, baseline).Entries, writePath);
        return RunGate.Evaluate(result, written ?? baseline, previous);
    }

    /// <summary>Writes the baseline if asked, prints the gate, and returns the exit code it implies.</summary>
    public int Finish(RunResult result, RunGate gate, ProgressConsole console)
    {
        if (writePath is not null)
        {
            if (written is null)
            {
                console.Line($"baseline not written: the run did not complete, so it would miss deviations ({writePath})");
            }
            else
            {
                written.Save(writePath);
                var todo = written.Entries.Count(e => e.Reason == Baseline.PlaceholderReason);
                console.Line($"baseline written: {Path.GetFullPath(writePath)} ({written.Entries.Count} deviation(s)"
                    + (todo > 0 ? $"; replace the TODO reason of {todo} new one(s) with why each is accepted" : "") + ")");
            }
        }
        foreach (var line in GateText.Lines(gate)) console.Line(line);
        return result.TargetUnreachable ? ExitCodes.TargetUnreachable
            : !IsComplete(result) || !gate.Passed ? ExitCodes.Deviations
            : ExitCodes.Conformant;
    }

    private static bool IsComplete(RunResult result) => result.Aborted is null && !result.TargetUnreachable;
}
