using DdmConformance.Api;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Planning;
using DdmConformance.Engine.Running;

namespace DdmConformance.Cli.Console;

/// <summary>
/// <c>run --dry-run</c>: the plan, one line per case, with the marks a reviewer needs before pointing the
/// suite at a real endpoint. Nothing is sent. Setup calls (creating what a case needs) are not listed
/// individually: they are the creating operations' own example cases, which are. The lanes follow (one per
/// API, each run in the order listed), and how many of them would run at once.
/// </summary>
public static class DryRunPrinter
{
    public static int Print(RunOptions options)
    {
        var plan = CasePlanner.Plan(ApiCatalog.All, options);
        var sent = 0;
        foreach (var p in plan)
        {
            var op = p.Operation;
            var excluded = CasePlanner.Excluded(op, options.Mode);
            var marks = string.Concat(
                op.IsMutating ? "M" : "-",
                op.IsDestructive ? "D" : "-",
                op.IsBillable ? "$" : "-");
            if (excluded is null) sent++;
            System.Console.WriteLine($"{marks} {(excluded is null ? "send" : "skip")} {op.Section,-7} {p.Name}{(excluded is null ? "" : "  [" + excluded + "]")}");
        }
        var lanes = PlanLanes.Of(plan);
        foreach (var (lane, number) in lanes.Select((l, i) => (l, i + 1)))
            System.Console.WriteLine($"lane {number}: {lane.Name}, {lane.Indexes.Count} cases");
        System.Console.WriteLine($"{lanes.Count} lanes, up to {Math.Min(options.Parallelism, Math.Max(lanes.Count, 1))} at once (--parallel {options.Parallelism})");
        System.Console.WriteLine($"{plan.Count} cases, {sent} would send requests in mode {RunOptions.ModeName(options.Mode)} (M mutating, D destructive, $ billable); nothing was sent");
        return ExitCodes.Conformant;
    }
}
