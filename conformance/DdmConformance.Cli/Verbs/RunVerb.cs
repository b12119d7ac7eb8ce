using System.CommandLine;
using DdmConformance.Api;
using DdmConformance.Cli.Console;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;
using DdmConformance.Reports;
using DdmConformance.Reports.SelfCheck;

namespace DdmConformance.Cli.Verbs;

/// <summary><c>run</c>: replay every documented example and error case against a target and write the reports.</summary>
public static class RunVerb
{
    private static readonly Option<string?> Target = new("--target") { Description = "Base URL of the endpoint under test (env DDM_TARGET). Default: the bundled reference target." };
    private static readonly Option<string?> ProjectId = new("--project-id") { Description = "Project id for {project_id} (env DDM_PROJECT_ID)." };
    private static readonly Option<string?> Token = new("--token") { Description = "IAM token sent as X-Auth-Token (env DDM_TOKEN)." };
    private static readonly Option<string?> Ak = new("--ak") { Description = "Access key for AK/SK signing (env DDM_AK)." };
    private static readonly Option<string?> Sk = new("--sk") { Description = "Secret key for AK/SK signing (env DDM_SK)." };
    private static readonly Option<string?> Mode = new("--mode") { Description = "read-only | non-disruptive | full (env DDM_MODE). Default: full on loopback, read-only elsewhere." };
    private static readonly Option<string?> Out = new("--out") { Description = "Output directory (env DDM_OUT). Default: reports/out." };
    private static readonly Option<string[]> Tags = new("--tag") { Description = "Only operations with this tag (repeatable), e.g. Instances.", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string[]> Apis = new("--api") { Description = "Only this API (repeatable), by catalog name: Ddm, Das, Dbss, DmsRegisterInstance, DmsRegisterUser (case-insensitive).", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<int?> RateLimit = new("--rate-limit") { Description = "Requests per minute the suite sends at most (env DDM_RATE_LIMIT). Default: 60 for remote targets, unlimited on loopback." };
    private static readonly Option<double?> Deadline = new("--deadline") { Description = "Minutes after which no new case starts (the run is then incomplete) (env DDM_DEADLINE)." };
    private static readonly Option<string[]> Fixtures = new("--fixture") { Description = "NAME=VALUE (or API.NAME=VALUE) for what the run cannot create: a path parameter (instance_id=…) or a body field the spec marks x-fixture (vpc_id=…, rds_instance_id=…) (repeatable; env DDM_FIXTURES=a=1,b=2).", AllowMultipleArgumentsPerToken = true };
    private static readonly Option<string?> Profile = new("--profile") { Description = "Target profile (YAML or JSON): target, project id, mode, rate limit, deadline, timeouts, fixtures, per-API base URLs (env DDM_PROFILE). Flags and DDM_ variables win over it; secrets stay out of it (${NAME} reads a variable)." };
    private static readonly Option<string?> Parallel = new("--parallel") { HelpName = "N", Description = "Lanes run at once (env DDM_PARALLEL); a lane is one API's cases, in plan order. Reports keep plan order whatever N is. Default: 1 for remote targets, "
        + RunOptions.LoopbackParallelism + " on loopback." };
    private static readonly Option<bool> DryRun = new("--dry-run") { Description = "Print every call the run would make (mutating, destructive and billable ones marked) and send nothing." };
    private static readonly Option<string?> Deviations = new("--deviations") { Description = "With the bundled target: inject these named deviations (comma-separated) to see the suite catch them." };

    public static Command Command()
    {
        var command = new Command("run", "Run the conformance suite and write report.html, junit.xml, summary.json, lint.sarif.")
        {
            Target, ProjectId, Token, Ak, Sk, Mode, Out, Tags, Apis, Deviations, RateLimit, Parallel, Deadline, DryRun, Fixtures, Profile,
        };
        foreach (var option in RunGates.Options) command.Options.Add(option);
        foreach (var option in SelfCheckStep.Options) command.Options.Add(option);
        command.SetAction((parse, ct) => RunAsync(parse, ct));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var settings = RunSettings.Resolve(new RunFlags
        {
            Target = parse.GetValue(Target),
            ProjectId = parse.GetValue(ProjectId),
            Token = parse.GetValue(Token),
            AccessKey = parse.GetValue(Ak),
            SecretKey = parse.GetValue(Sk),
            Mode = parse.GetValue(Mode),
            Out = parse.GetValue(Out),
            Tags = parse.GetValue(Tags) ?? [],
            Apis = parse.GetValue(Apis) ?? [],
            Deviations = parse.GetValue(Deviations),
            RateLimit = parse.GetValue(RateLimit),
            Parallelism = parse.GetValue(Parallel),
            DeadlineMinutes = parse.GetValue(Deadline),
            Fixtures = parse.GetValue(Fixtures) ?? [],
            Profile = parse.GetValue(Profile),
        });
        var selfCheck = SelfCheckStep.Load(parse, settings, parse.GetValue(DryRun));
        if (parse.GetValue(DryRun)) return DryRunPrinter.Print(settings.ToRunOptions(null, dryRun: true));

        var gates = RunGates.Load(parse);

        await using var bundled = settings.UseBundledTarget
            ? await ReferenceServer.StartAsync(settings.BundledTargetOptions(), ct)
            : null;
        var options = settings.ToRunOptions(bundled);
        var console = new ProgressConsole();
        console.Line($"target {options.BaseUrl}{(bundled is null ? "" : " (bundled reference target" + (settings.InjectedDeviations.Count > 0 ? ", deviations: " + string.Join(",", settings.InjectedDeviations) : "") + ")")}, mode {RunOptions.ModeName(options.Mode)}, parallel {options.Parallelism}");

        RunResult result;
        await using (var session = new ConformanceSession(options, ApiCatalog.All, settings.LedgerPath(options.BaseUrl), console))
        {
            try
            {
                await session.RunAllAsync(ct);
            }
            catch (OperationCanceledException)
            {
                console.Line("cancelled: writing what was gathered and removing what the run created");
            }
            await session.CleanupAsync();
            result = session.Result();
            if (session.Leftovers.Count > 0)
                console.Line($"warning: {session.Leftovers.Count} created resource(s) could not be removed; the next run against this target retries");
        }

        var deviations = result.Deviations.Count();
        var verdict = result.TargetUnreachable ? "target unreachable"
            : result.Aborted is not null ? "incomplete: " + result.Aborted
            : deviations == 0 ? "conformant" : "deviations found";
        console.Line($"{result.Cases.Count} cases: {result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped; {deviations} deviations; {result.Requests} requests — {verdict}");
        var selfCheckResult = selfCheck is null ? null : await selfCheck.RunAsync(settings, result, console, ct);

        var gate = gates.Judge(result);
        ReportSet.WriteAll(result, settings.OutDirectory, gate, selfCheckResult);
        SarifWriter.Write(ApiCatalog.All, ApiCatalog.Rules, "spec", Path.Combine(settings.OutDirectory, "lint.sarif"));
        var exitCode = gates.Finish(result, gate, console);
        if (selfCheckResult is not null)
        {
            console.Line(SelfCheckText.ScoreLine(selfCheckResult));
            exitCode = SelfCheckStep.ExitCode(exitCode, selfCheckResult);
        }
        console.Line("report: " + Path.GetFullPath(Path.Combine(settings.OutDirectory, "report.html")));
        console.Line(AllureReportStep.Run(settings.OutDirectory, ct.IsCancellationRequested));
        return exitCode;
    }
}
