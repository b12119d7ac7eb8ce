using DdmConformance.Api;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Planning;

namespace DdmConformance.Cli.Console;

/// <summary>
/// <c>run --dry-run</c>: the plan, one line per case, with the marks a reviewer needs before pointing the
/// suite at a real endpoint. Nothing is sent. Setup calls (creating what a case needs) are not listed
/// individually: they are the creating operations' own example cases, which are.
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
        System.Console.WriteLine($"{plan.Count} cases, {sent} would send requests in mode {RunOptions.ModeName(options.Mode)} (M mutating, D destructive, $ billable); nothing was sent");
        return ExitCodes.Conformant;
    }
}
