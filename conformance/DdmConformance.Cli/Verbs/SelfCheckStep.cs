using System.CommandLine;
using System.Diagnostics;
using DdmConformance.Cli.Console;
using DdmConformance.Cli.SelfCheck;
using DdmConformance.Engine.Results;
using DdmConformance.ReferenceTarget;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Cli.Verbs;

/// <summary>
/// <c>run --self-check</c>: after the run against the unmodified bundled target (which must find nothing),
/// one run per named deviation injected into a target of its own, until a case catches it. The score goes
/// into every report; the exit code is 0 only when the run is clean and every deviation is caught.
/// </summary>
internal sealed class SelfCheckStep
{
    public static readonly Option<bool> SelfCheckOption = new("--self-check") { Description = "Prove the suite's power (bundled target only): after the run, inject each named deviation into a target of its own and run the cases until one catches it. Reports get the mutation score; exit 0 only if the run finds nothing and every deviation is caught." };
    public static readonly Option<string?> DeviationsOption = new("--self-check-deviations") { HelpName = "A,B", Description = "With --self-check: only these deviations (comma-separated; see serve --list-deviations). Default: all." };
    public static readonly Option<int?> JobsOption = new("--self-check-jobs") { HelpName = "N", Description = "With --self-check: injected runs side by side, each with a target of its own (default 2)." };

    // Each injected run keeps about one core busy (target and suite share the process, requests are loopback):
    // two fill a small CI runner without starving it; more cores, more jobs.
    private const int DefaultJobs = 2;

    private readonly IReadOnlyList<DeviationInfo> deviations;
    private readonly int jobs;

    private SelfCheckStep(IReadOnlyList<DeviationInfo> deviations, int jobs)
    {
        this.deviations = deviations;
        this.jobs = jobs;
    }

    public static IEnumerable<Option> Options => [SelfCheckOption, DeviationsOption, JobsOption];

    /// <summary>The step as the flags ask for it, or null without <c>--self-check</c>; any inconsistency is a usage error.</summary>
    public static SelfCheckStep? Load(ParseResult parse, RunSettings settings, bool dryRun)
    {
        var names = parse.GetValue(DeviationsOption);
        var jobs = parse.GetValue(JobsOption);
        if (!parse.GetValue(SelfCheckOption))
        {
            if (names is not null || jobs is not null) throw new UsageException("--self-check-deviations and --self-check-jobs go with --self-check");
            return null;
        }
        if (!settings.UseBundledTarget)
            throw new UsageException("--self-check injects deviations into the bundled reference target, so it cannot be combined with --target (run it without --target)");
        if (settings.InjectedDeviations.Count > 0)
            throw new UsageException("--self-check injects each deviation itself; use --self-check-deviations A,B instead of --deviations");
        if (dryRun) throw new UsageException("--self-check sends requests; it cannot be combined with --dry-run");
        if (jobs is < 1) throw new UsageException($"--self-check-jobs must be at least 1, got {jobs}");

        var chosen = KnownDeviations.All;
        if (names is not null)
        {
            var wanted = names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            var unknown = wanted.Where(n => KnownDeviations.All.All(k => k.Name != n)).ToList();
            if (unknown.Count > 0) throw new UsageException($"unknown deviation(s) in --self-check-deviations: {string.Join(", ", unknown)} (see: serve --list-deviations)");
            if (wanted.Count == 0) throw new UsageException("--self-check-deviations names no deviation");
            chosen = KnownDeviations.All.Where(d => wanted.Contains(d.Name)).ToList();
        }
        return new SelfCheckStep(chosen, jobs ?? DefaultJobs);
    }

    /// <summary>
    /// Runs the injected deviations, unless the run on the unmodified target (<paramref name="unmodified"/>)
    /// found deviations or did not complete: then nothing an injected run finds would mean anything.
    /// </summary>
    public async Task<SelfCheckResult> RunAsync(RunSettings settings, RunResult unmodified, ProgressConsole console, CancellationToken ct)
    {
        var found = unmodified.Deviations.Count();
        var notStarted = ct.IsCancellationRequested ? "interrupted"
            : unmodified.Aborted is not null ? "the run on the unmodified target did not complete: " + unmodified.Aborted
            : found > 0 ? $"the run on the unmodified target found {found} deviation(s); fix those first"
            : null;
        if (notStarted is not null)
        {
            console.Line("self-check not started: " + notStarted);
            return new SelfCheckResult
            {
                Deviations = InjectedDeviationRun.NotRun(deviations, notStarted),
                UnmodifiedTargetDeviations = found,
                Jobs = jobs,
                Interrupted = ct.IsCancellationRequested ? "interrupted" : null,
            };
        }

        console.Line($"self-check: injecting {deviations.Count} deviation(s) into the bundled target, {jobs} at a time");
        var clock = Stopwatch.StartNew();
        var outcomes = await InjectedDeviationRun.RunAllAsync(deviations, jobs, settings.BundledTargetOptions(), server => settings.ToRunOptions(server),
            (outcome, done) => console.Line($"self-check {done}/{deviations.Count} {outcome.Name}: {SelfCheckText.Verdict(outcome)}"), ct);
        if (ct.IsCancellationRequested) console.Line("self-check interrupted: writing what was gathered");
        return new SelfCheckResult
        {
            Deviations = outcomes,
            UnmodifiedTargetDeviations = found,
            Jobs = jobs,
            Elapsed = clock.Elapsed,
            Interrupted = ct.IsCancellationRequested ? "interrupted" : null,
        };
    }

    /// <summary>The run's own exit code when it failed (usage, unreachable, deviations), else 1 unless the self-check passed.</summary>
    public static int ExitCode(int runExitCode, SelfCheckResult result)
        => runExitCode != ExitCodes.Conformant ? runExitCode : result.Passed ? ExitCodes.Conformant : ExitCodes.Deviations;
}
