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
/// Inside a lane (one API, see <see cref="PlanLanes"/>) cases run strictly in plan order, since later cases rely on
/// what earlier ones created; <see cref="RunAllAsync"/> runs up to <see cref="RunOptions.Parallelism"/> lanes at
/// once. Results are kept by plan position, so they come out in plan order whatever the timing. A front door
/// may run everything at once or step up to a given case. Whatever happens, <see cref="DisposeAsync"/> removes
/// what the run created.
/// </summary>
public sealed class ConformanceSession : IAsyncDisposable
{
    private readonly RunOptions options;
    private readonly IReadOnlyList<ApiDescriptor> apis;
    private readonly TargetClient client;
    private readonly ResourceLedger ledger;
    private readonly Dictionary<string, ResourcePool> pools = new(StringComparer.Ordinal);
    private readonly CaseResult?[] results;
    private readonly IRunObserver? observer;
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow;
    // One front-door call at a time: stepping case by case and running everything must not overlap.
    private readonly SemaphoreSlim stepping = new(1, 1);
    // Guards why the run stopped; any lane may be the one that finds out.
    private readonly Lock state = new();
    private bool probed;
    private string? aborted;
    private bool unreachable;

    public ConformanceSession(RunOptions options, IReadOnlyList<ApiDescriptor> apis, string? ledgerPath = null, IRunObserver? observer = null)
    {
        if (options.Parallelism < 1) throw new ArgumentOutOfRangeException(nameof(options), "Parallelism must be at least 1");
        this.options = options;
        this.apis = apis;
        this.observer = observer is null ? null : new SerialObserver(observer);
        client = new TargetClient(options);
        ledger = new ResourceLedger(ledgerPath);
        Plan = CasePlanner.Plan(apis, options);
        Lanes = PlanLanes.Of(Plan);
        results = new CaseResult?[Plan.Count];
        foreach (var api in apis) pools[api.Name] = new ResourcePool(api, new Producers(api), ledger, options.ProjectId, options.Mode, options.FixturesFor(api.Name));
    }

    public IReadOnlyList<PlannedCase> Plan { get; }

    /// <summary>The plan split into lanes that share no resource pool.</summary>
    public IReadOnlyList<Lane> Lanes { get; }

    /// <summary>The results so far, in plan order.</summary>
    public IReadOnlyList<CaseResult> Results => results.OfType<CaseResult>().ToList();

    public bool IsComplete => results.All(r => r is not null);

    /// <summary>Runs every case not yet run: up to <see cref="RunOptions.Parallelism"/> lanes at once, each in plan order.</summary>
    public async Task RunAllAsync(CancellationToken ct)
    {
        await stepping.WaitAsync(CancellationToken.None);
        try
        {
            if (!probed) await ProbeAsync(ct);
            var pending = Lanes.Select(lane => lane.Indexes.Where(i => results[i] is null).ToList()).Where(lane => lane.Count > 0).ToList();
            // One lane at a time keeps the plan's own order; with fewer workers than lanes the longest goes first,
            // so a short lane never holds up the start of the one that decides the run's length.
            if (options.Parallelism > 1) pending = pending.OrderByDescending(lane => lane.Count).ToList();
            // The token goes to the cases, not to the scheduling: a cancelled run still gives every case its
            // (skipped) result, as the sequential run always did.
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism }, async (lane, _) =>
            {
                foreach (var index in lane) await RunCaseAsync(index, ct);
            });
        }
        finally
        {
            stepping.Release();
        }
    }

    /// <summary>Runs cases in plan order (one at a time) until <paramref name="caseId"/> has a result, and returns it.</summary>
    public async Task<CaseResult> ResultForAsync(string caseId, CancellationToken ct)
    {
        var index = Plan.ToList().FindIndex(p => p.CaseId == caseId);
        if (index < 0) throw new ArgumentException($"no case {caseId} in the plan", nameof(caseId));
        await stepping.WaitAsync(CancellationToken.None);
        try
        {
            if (!probed) await ProbeAsync(ct);
            for (var i = 0; i <= index; i++)
                if (results[i] is null) await RunCaseAsync(i, ct);
            return results[index]!;
        }
        finally
        {
            stepping.Release();
        }
    }

    private async Task RunCaseAsync(int index, CancellationToken ct)
    {
        var planned = Plan[index];
        var stopped = StopReason();
        observer?.CaseStarted(planned, index, Plan.Count);
        CaseResult result;
        if (stopped is not null)
            result = Skipped(planned, stopped);
        else
        {
            var run = new CaseRun(planned, client, pools[planned.Api.Name], options, ct);
            try
            {
                await planned.Body(run);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                run.Skip(Abort("the run was cancelled"));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // An engine fault must not lose the run; it is reported on the case that hit it.
                run.Check(new CheckResult("engine", false, "the case runs to completion", client.Redactor.Text(e.GetType().Name + ": " + e.Message)!));
            }
            if (run.TargetUnreachable) Abort("the target stopped answering", targetGone: true);
            result = run.Result();
        }
        results[index] = result;
        observer?.CaseFinished(result, index, Plan.Count);
    }

    /// <summary>Why no new case may start (cancelled, target gone, deadline passed), or null.</summary>
    private string? StopReason()
    {
        lock (state)
        {
            if (aborted is null && options.Deadline is { } deadline && DateTimeOffset.UtcNow - startedAt > deadline)
                aborted = $"the run's deadline ({deadline.TotalMinutes:0.#} min) was reached";
            return aborted;
        }
    }

    /// <summary>Stops the run for <paramref name="reason"/> unless it stopped already; returns the reason that holds.</summary>
    private string Abort(string reason, bool targetGone = false)
    {
        lock (state)
        {
            if (aborted is null)
            {
                aborted = reason;
                unreachable = targetGone;
            }
            return aborted;
        }
    }

    private bool Unreachable
    {
        get { lock (state) return unreachable; }
    }

    /// <summary>One request before anything else, so "nothing is listening" is told apart from deviations.</summary>
    private async Task ProbeAsync(CancellationToken ct)
    {
        probed = true;
        var (outcome, _) = await client.SendAsync(new ApiRequest("GET", "/", "probe"), TargetClient.Credentials.Configured, ct);
        if (outcome.Failure is TransportFailure.Unreachable)
        {
            observer?.Message(Abort($"target {options.BaseUrl} is unreachable: {client.Redactor.Text(outcome.FailureMessage)}", targetGone: true));
            return;
        }
        await SweepAsync("leftover from an earlier run", ct);
    }

    public RunResult Result()
    {
        lock (state)
            return new RunResult
            {
                Target = options.BaseUrl.ToString(),
                Mode = RunOptions.ModeName(options.Mode),
                Parallelism = options.Parallelism,
                StartedAt = startedAt,
                FinishedAt = DateTimeOffset.UtcNow,
                Cases = Plan.Select((p, i) => results[i] ?? Skipped(p, aborted ?? "not run")).ToList(),
                Requests = client.Requests,
                ThrottledAnswers = client.ThrottledAnswers,
                Apis = apis,
                Aborted = aborted,
                TargetUnreachable = unreachable,
            };
    }

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
        Subject = planned.Subject,
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
        if (!Unreachable)
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
        stepping.Dispose();
    }
}
