using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;

namespace DdmConformance.Cli.Console;

/// <summary>
/// Progress on the console: a rewritten status line on a terminal, plain lines in CI logs
/// (not a TTY, or <c>NO_COLOR</c>/<c>CI</c> set). Failed cases are always printed in full. Lanes finish out of
/// plan order, so the counts are of cases started and finished, not plan positions; the session makes one call
/// at a time, so plain fields suffice.
/// </summary>
public sealed class ProgressConsole : IRunObserver
{
    private readonly bool interactive = !System.Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("CI") is null;
    private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();
    private int failed;
    private int started;
    private int finished;
    // Per API: lanes interleave, and a plain log names an operation once per stretch of its lane.
    private readonly Dictionary<string, string> lastOperation = new(StringComparer.Ordinal);

    public void Line(string text)
    {
        ClearStatus();
        System.Console.WriteLine(text);
    }

    public void Message(string text) => Line(text);

    public void CaseStarted(PlannedCase planned, int index, int total)
    {
        started++;
        if (interactive)
        {
            var eta = finished == 0 ? "" : $", ETA {TimeSpan.FromSeconds(watch.Elapsed.TotalSeconds / finished * (total - finished)):mm\\:ss}";
            var status = $"[{started}/{total}] {planned.Operation.Id} ({watch.Elapsed:mm\\:ss}{eta}, {failed} failed)";
            System.Console.Write("\r" + (status.Length > 110 ? status[..110] : status.PadRight(110)));
        }
        else if (lastOperation.GetValueOrDefault(planned.Api.Name) != planned.Operation.Id)
        {
            System.Console.WriteLine($"[{started}/{total}] {planned.Api.Name} {planned.Operation.Section} {planned.Operation.Id}");
        }
        lastOperation[planned.Api.Name] = planned.Operation.Id;
    }

    public void CaseFinished(CaseResult result, int index, int total)
    {
        finished++;
        if (result.Outcome != CaseOutcome.Failed) return;
        failed++;
        Line($"  FAIL {result.Name}");
        foreach (var d in result.Deviations)
            System.Console.WriteLine($"       {d.Check}: expected {d.Expected}; actual {Trim(d.Actual)} (section {d.Section})");
    }

    private void ClearStatus()
    {
        if (interactive) System.Console.Write("\r" + new string(' ', 110) + "\r");
    }

    private static string Trim(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
