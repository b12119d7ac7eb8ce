using System.Diagnostics;
using DdmConformance.Api;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Cli.SelfCheck;

/// <summary>
/// The self-check's unit of work: the bundled reference target with one named deviation switched on, and the
/// suite's cases in plan order until one reports a deviation (enough to show the suite notices). Both
/// <c>run --self-check</c> and the mutation tests of the test project go through here.
/// </summary>
/// <remarks>
/// It lives with the command line because it joins the engine and the reference target, which know nothing
/// of each other: the engine must stay usable against any endpoint, the target must stay a plain DDM
/// implementation. The outcome is a report type (<see cref="InjectedDeviationOutcome"/>), which the
/// writers read and which depends on the engine's results only.
/// </remarks>
public static class InjectedDeviationRun
{
    /// <summary>
    /// Starts a target from <paramref name="target"/> with <paramref name="deviation"/> injected (and no other),
    /// runs cases with <paramref name="runOptions"/> until one reports a deviation, and removes what they created.
    /// Ctrl-C (<paramref name="ct"/>) ends it as <see cref="InjectionState.NotRun"/>.
    /// </summary>
    public static async Task<InjectedDeviationOutcome> RunAsync(DeviationInfo deviation, ReferenceTargetOptions target,
        Func<ReferenceServer, RunOptions> runOptions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deviation);
        var clock = Stopwatch.StartNew();
        var casesRun = 0;
        try
        {
            await using var server = await ReferenceServer.StartAsync(target with { Deviations = new HashSet<string>(StringComparer.Ordinal) { deviation.Name } }, ct);
            await using var session = new ConformanceSession(runOptions(server), ApiCatalog.All);
            foreach (var planned in session.Plan)
            {
                var result = await session.ResultForAsync(planned.CaseId, ct);
                casesRun++;
                var deviations = result.Deviations.ToList();
                if (deviations.Count > 0) return Outcome(deviation, InjectionState.Caught, casesRun, clock.Elapsed) with { CaughtBy = deviations };
                // A case cut short by Ctrl-C is skipped, not passed: what follows proves nothing either.
                if (ct.IsCancellationRequested) return Interrupted(deviation, casesRun, clock.Elapsed);
            }
            return Outcome(deviation, InjectionState.Missed, casesRun, clock.Elapsed) with { Note = session.Result().Aborted };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return Interrupted(deviation, casesRun, clock.Elapsed);
        }
    }

    /// <summary>
    /// Runs every deviation of <paramref name="deviations"/>, <paramref name="jobs"/> at a time (each against a
    /// target of its own), and returns their outcomes in the order given. <paramref name="finished"/> hears of
    /// each as it ends, with how many have ended, one at a time. After Ctrl-C the ones not yet started are not run.
    /// </summary>
    public static async Task<IReadOnlyList<InjectedDeviationOutcome>> RunAllAsync(IReadOnlyList<DeviationInfo> deviations, int jobs,
        ReferenceTargetOptions target, Func<ReferenceServer, RunOptions> runOptions, Action<InjectedDeviationOutcome, int> finished, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var outcomes = new InjectedDeviationOutcome[deviations.Count];
        var done = 0;
        var progress = new Lock();
        // The loop itself is not cancelled: each body turns Ctrl-C into a "not run" outcome, so every slot is filled.
        await Parallel.ForEachAsync(Enumerable.Range(0, deviations.Count), new ParallelOptions { MaxDegreeOfParallelism = jobs }, async (i, _) =>
        {
            var outcome = ct.IsCancellationRequested
                ? Interrupted(deviations[i], 0, TimeSpan.Zero)
                : await RunAsync(deviations[i], target, runOptions, ct);
            lock (progress)
            {
                outcomes[i] = outcome;
                finished(outcome, ++done);
            }
        });
        return outcomes;
    }

    /// <summary>Every deviation as not run, for a self-check that could not start (why: <paramref name="note"/>).</summary>
    public static IReadOnlyList<InjectedDeviationOutcome> NotRun(IReadOnlyList<DeviationInfo> deviations, string note)
        => deviations.Select(d => Outcome(d, InjectionState.NotRun, 0, TimeSpan.Zero) with { Note = note }).ToList();

    private static InjectedDeviationOutcome Interrupted(DeviationInfo d, int casesRun, TimeSpan elapsed)
        => Outcome(d, InjectionState.NotRun, casesRun, elapsed) with { Note = "interrupted" };

    private static InjectedDeviationOutcome Outcome(DeviationInfo d, InjectionState state, int casesRun, TimeSpan elapsed) => new()
    {
        Name = d.Name,
        Description = d.Description,
        State = state,
        CasesRun = casesRun,
        Elapsed = elapsed,
    };
}
