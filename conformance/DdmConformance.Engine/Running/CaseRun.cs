using System.Diagnostics;
using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Http;
using DdmConformance.Engine.Lifecycle;
using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Running;

/// <summary>One case while it runs: sends requests (recording each exchange), collects checks, may skip.</summary>
public sealed class CaseRun(PlannedCase planned, TargetClient client, ResourcePool pool, RunOptions options, CancellationToken ct)
{
    private readonly List<CheckResult> checks = [];
    private readonly List<Exchange> exchanges = [];
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private string? skipReason;
    private bool throttled;

    public PlannedCase Planned => planned;

    public ResourcePool Pool => pool;

    public RunOptions Options => options;

    public CancellationToken CancellationToken => ct;

    /// <summary>Set when a transport failure says the target is gone (not merely misbehaving).</summary>
    public bool TargetUnreachable { get; private set; }

    public async Task<HttpOutcome> SendAsync(ApiRequest request, TargetClient.Credentials credentials = TargetClient.Credentials.Configured)
    {
        var (outcome, exchange) = await client.SendAsync(request, credentials, ct, options.BaseUrlFor(planned.Api.Name));
        exchanges.Add(exchange);
        if (outcome.Failure == TransportFailure.Unreachable) TargetUnreachable = true;
        if (outcome.Throttled) throttled = true;
        // Whatever a producer creates, even by mistake (an error case the target accepted), is cleaned up.
        var op = pool.Api.Operation(request.OperationId);
        if (op is not null && outcome.IsSuccess && pool.Producers.IsProducer(op))
            pool.Offer(op, request, outcome.Body, share: false);
        return outcome;
    }

    /// <summary>A request that prepares the case (creating what it needs); recorded like any other.</summary>
    public Task<HttpOutcome> SendSetupAsync(ApiRequest request) => SendAsync(request);

    /// <summary>
    /// Polls until the work is done. <paramref name="jobId"/> (the id the answer carried) fills the poll
    /// operation's one path parameter the bindings lack, so a job poll (<c>GET …/jobs/{job_id}</c>) asks for this job.
    /// </summary>
    public Task<string?> WaitReadyAsync(AsyncJobDescriptor job, IReadOnlyDictionary<string, string> bindings, string? jobId = null)
    {
        if (jobId is not null && pool.Api.Operation(job.ReadyOperationId) is { } poll
            && poll.PathParameters.Where(p => !bindings.ContainsKey(p.Name)).ToList() is [var unbound])
            bindings = new Dictionary<string, string>(bindings) { [unbound.Name] = jobId };
        return ReadinessWaiter.WaitAsync(client, pool.Api, job, bindings, options.ReadyTimeout, exchanges.Add, options.BaseUrlFor(planned.Api.Name), ct);
    }

    public void Check(CheckResult check) => checks.Add(check);

    public void Check(IEnumerable<CheckResult> results) => checks.AddRange(results);

    public void Skip(string reason) => skipReason ??= reason;

    public bool Skipped => skipReason is not null;

    public CaseResult Result()
    {
        // A case the target kept refusing for load proves nothing either way.
        if (throttled) skipReason ??= "the target kept answering 429/503 (throttling) after the allowed retries";
        var outcome = throttled || (skipReason is not null && checks.Count == 0) ? CaseOutcome.Skipped
            : checks.Any(c => c.IsDeviation) ? CaseOutcome.Failed
            : skipReason is not null ? CaseOutcome.Skipped
            : CaseOutcome.Passed;
        var op = planned.Operation;
        return new CaseResult
        {
            Api = planned.Api.Name,
            OperationId = op.Id,
            Method = op.Method,
            PathTemplate = op.PathTemplate,
            Section = op.Section,
            DocTitle = op.Title,
            Tags = op.Tags,
            CaseId = planned.CaseId,
            Name = planned.Name,
            Kind = planned.Kind,
            Subject = planned.Subject,
            Outcome = outcome,
            // Texts can quote what the target answered or the run sent (a fixture's password among them): redacted like transcripts.
            SkipReason = client.Redactor.Text(skipReason),
            DocLine = planned.DocLine,
            Checks = checks.Select(c => c with { Expected = client.Redactor.Text(c.Expected)!, Actual = client.Redactor.Text(c.Actual)! }).ToList(),
            Exchanges = exchanges.ToList(),
            Elapsed = watch.Elapsed,
        };
    }
}
