using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Http;
using DdmConformance.Engine.Lifecycle;
using DdmConformance.Engine.Planning;
using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Running;

/// <summary>
/// A run in progress: the plan, the target client, the resource pools, and the results so far.
/// Cases run strictly in plan order (later cases rely on what earlier ones created); a front door may
/// run everything at once or step up to a given case. Whatever happens, <see cref="DisposeAsync"/>
/// removes what the run created.
/// </summary>
public sealed class ConformanceSession : IAsyncDisposable
{
    private readonly RunOptions options;
    private readonly IReadOnlyList<ApiDescriptor> apis;
    private readonly TargetClient client;
    private readonly ResourceLedger ledger;
    private readonly Dictionary<string, ResourcePool> pools = new(StringComparer.Ordinal);
    private readonly List<CaseResult> results = [];
    private readonly IRunObserver? observer;
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow;
    private bool probed;
    private string? aborted;
    private bool unreachable;

    public ConformanceSession(RunOptions options, IReadOnlyList<ApiDescriptor> apis, string? ledgerPath = null, IRunObserver? observer = null)
    {
        this.options = options;
        this.apis = apis;
        this.observer = observer;
        client = new TargetClient(options);
        ledger = new ResourceLedger(ledgerPath);
        Plan = CasePlanner.Plan(apis, options);
        foreach (var api in apis) pools[api.Name] = new ResourcePool(api, new Producers(api), ledger, options.ProjectId, options.Mode, options.FixturesFor(api.Name));
    }

    public IReadOnlyList<PlannedCase> Plan { get; }

    public IReadOnlyList<CaseResult> Results => results;

    public bool IsComplete => results.Count == Plan.Count;

    /// <summary>Runs every case not yet run.</summary>
    public Task RunAllAsync(CancellationToken ct) => RunUntilAsync(Plan.Count, ct);

    /// <summary>Runs cases in order until <paramref name="caseId"/> has a result, and returns it.</summary>
    public async Task<CaseResult> ResultForAsync(string caseId, CancellationToken ct)
    {
        var index = Plan.ToList().FindIndex(p => p.CaseId == caseId);
        if (index < 0) throw new ArgumentException($"no case {caseId} in the plan", nameof(caseId));
        await RunUntilAsync(index + 1, ct);
        return results[index];
    }

    private async Task RunUntilAsync(int count, CancellationToken ct)
    {
        if (!probed) await ProbeAsync(ct);
        while (results.Count < count)
        {
            var planned = Plan[results.Count];
            if (aborted is null && options.Deadline is { } deadline && DateTimeOffset.UtcNow - startedAt > deadline)
                aborted = $"the run's deadline ({deadline.TotalMinutes:0.#} min) was reached";
            observer?.CaseStarted(planned, results.Count, Plan.Count);
            CaseResult result;
            if (aborted is not null)
                result = Skipped(planned, aborted);
            else
            {
                var run = new CaseRun(planned, client, pools[planned.Api.Name], options, ct);
                try
                {
                    await planned.Body(run);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    aborted = "the run was cancelled";
                    run.Skip(aborted);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // An engine fault must not lose the run; it is reported on the case that hit it.
                    run.Check(new CheckResult("engine", false, "the case runs to completion", client.Redactor.Text(e.GetType().Name + ": " + e.Message)!));
                }
                if (run.TargetUnreachable && aborted is null)
                {
                    aborted = "the target stopped answering";
                    unreachable = true;
                }
                result = run.Result();
            }
            results.Add(result);
            observer?.CaseFinished(result, results.Count - 1, Plan.Count);
        }
    }

    /// <summary>One request before anything else, so "nothing is listening" is told apart from deviations.</summary>
    private async Task ProbeAsync(CancellationToken ct)
    {
        probed = true;
        var (outcome, _) = await client.SendAsync(new ApiRequest("GET", "/", "probe"), TargetClient.Credentials.Configured, ct);
        if (outcome.Failure is TransportFailure.Unreachable)
        {
            unreachable = true;
            aborted = $"target {options.BaseUrl} is unreachable: {client.Redactor.Text(outcome.FailureMessage)}";
            observer?.Message(aborted);
            return;
        }
        await SweepAsync("leftover from an earlier run", ct);
    }

    public RunResult Result() => new()
    {
        Target = options.BaseUrl.ToString(),
        Mode = RunOptions.ModeName(options.Mode),
        StartedAt = startedAt,
        FinishedAt = DateTimeOffset.UtcNow,
        Cases = results.Concat(Plan.Skip(results.Count).Select(p => Skipped(p, aborted ?? "not run"))).ToList(),
        Requests = client.Requests,
        ThrottledAnswers = client.ThrottledAnswers,
        Apis = apis,
        Aborted = aborted,
        TargetUnreachable = unreachable,
    };

    /// <summary>
    /// Deletes everything in the ledger (bounded in time even after Ctrl-C), newest first so that what lives
    /// inside a resource goes before it. A second pass retries what was refused: a schema busy with a task is
    /// gone (404) once its instance is. What no operation deletes goes with the resource it lives in.
    /// </summary>
    private async Task SweepAsync(string why, CancellationToken ct)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        for (var pass = 1; pass <= 2; pass++)
        {
            var refused = new List<(CreatedResource Resource, string Message)>();
            foreach (var resource in ledger.Outstanding.Reverse())
            {
                if (!pools.TryGetValue(resource.Api, out var pool)) continue;
                if (pool.DeleterOf(resource.Parameter) is not { } deleter)
                {
                    ledger.Remove(resource.Parameter, resource.Value);
                    continue;
                }
                if (CasePlanner.Excluded(deleter, RunMode.Full) is not null) continue;
                var request = new ApiRequest(deleter.Method, deleter.PathTemplate, deleter.Id);
                request.PathValues["project_id"] = options.ProjectId;
                foreach (var p in deleter.PathParameters.Where(p => p.Name != "project_id"))
                    request.PathValues[p.Name] = p.Name == resource.Parameter ? resource.Value : ParentOf(resource, p.Name, pool);
                var (outcome, _) = await client.SendAsync(request, TargetClient.Credentials.Configured, ct, options.BaseUrlFor(resource.Api));
                if (outcome.IsSuccess || outcome.Status == 404)
                {
                    ledger.Remove(resource.Parameter, resource.Value);
                    removed.Add(resource.Value);
                }
                else refused.Add((resource, $"could not remove {resource.Parameter} {resource.Value} ({why}): {Checks.StatusCheck.Actual(outcome)}"));
            }
            // What lives in a resource this sweep deleted went with it (a schema refused while its instance was still there).
            var wentWithParent = refused.Where(r => r.Resource.Parents?.Values.Any(removed.Contains) == true).ToList();
            foreach (var (resource, _) in wentWithParent) ledger.Remove(resource.Parameter, resource.Value);
            refused.RemoveAll(wentWithParent.Contains);
            if (refused.Count == 0) break;
            if (pass == 2) foreach (var (_, message) in refused) observer?.Message(message);
        }
    }

    // The resource a child lives in: the one recorded with it, else the shared one.
    private static string ParentOf(CreatedResource resource, string parameter, ResourcePool pool)
        => resource.Parents?.GetValueOrDefault(parameter) ?? pool.Shared.GetValueOrDefault(parameter, "");

    private static CaseResult Skipped(PlannedCase planned, string reason) => new()
    {
        Api = planned.Api.Name,
        OperationId = planned.Operation.Id,
        Method = planned.Operation.Method,
        PathTemplate = planned.Operation.PathTemplate,
        Section = planned.Operation.Section,
        DocTitle = planned.Operation.Title,
        Tags = planned.Operation.Tags,
        CaseId = planned.CaseId,
        Name = planned.Name,
        Kind = planned.Kind,
        Outcome = CaseOutcome.Skipped,
        SkipReason = reason,
        DocLine = planned.DocLine,
    };

    private bool cleanedUp;

    /// <summary>Removes what the run created; call before <see cref="Result"/> so cleanup requests are counted.</summary>
    public async Task CleanupAsync()
    {
        if (cleanedUp) return;
        cleanedUp = true;
        if (!unreachable)
        {
            using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await SweepAsync("created by this run", cleanup.Token);
            }
            catch (OperationCanceledException)
            {
                observer?.Message($"cleanup timed out; {ledger.Outstanding.Count} resource(s) stay in the ledger for the next run");
            }
        }
    }

    /// <summary>Resources the run created and could not remove (the ledger keeps them for the next run).</summary>
    public IReadOnlyList<CreatedResource> Leftovers => ledger.Outstanding;

    public async ValueTask DisposeAsync()
    {
        await CleanupAsync();
        client.Dispose();
    }
}
