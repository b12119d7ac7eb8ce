using DdmConformance.Api;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Http;

namespace DdmConformance.Engine.Lifecycle;

/// <summary>
/// Polls an operation (the <c>ready</c> part of <c>x-async-job</c>) until a field reaches one of the
/// documented values, with backoff and a deadline. Returns why it gave up, or null when ready.
/// </summary>
public static class ReadinessWaiter
{
    public static async Task<string?> WaitAsync(
        TargetClient client, ApiDescriptor api, AsyncJobDescriptor job, IReadOnlyDictionary<string, string> bindings,
        TimeSpan timeout, Action<Results.Exchange> record, Uri baseUrl, CancellationToken ct)
    {
        var poll = api.Operation(job.ReadyOperationId);
        if (poll is null || job.ReadyField.Length == 0 || job.ReadyValues.Count == 0) return null; // nothing documented to wait on
        var request = new ApiRequest(poll.Method, poll.PathTemplate, poll.Id);
        foreach (var p in poll.PathParameters)
        {
            if (!bindings.TryGetValue(p.Name, out var value)) return $"cannot poll {poll.Id}: no value for {p.Name}";
            request.PathValues[p.Name] = value;
        }
        var deadline = DateTimeOffset.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(100);
        string? last = null;
        while (true)
        {
            var (outcome, exchange) = await client.SendAsync(request, TargetClient.Credentials.Configured, ct, baseUrl);
            record(exchange);
            if (outcome.IsSuccess)
            {
                last = RuntimeExpression.Pointer(outcome.Body, job.ReadyField);
                if (last is not null && job.ReadyValues.Contains(last)) return null;
            }
            else last = StatusCheckText(outcome);
            if (DateTimeOffset.UtcNow + delay > deadline)
                return $"{poll.Id} never reported {job.ReadyField} in [{string.Join(", ", job.ReadyValues)}] within {timeout.TotalSeconds:0} s (last: {last ?? "absent"})";
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 1.6, 2000));
        }
    }

    private static string StatusCheckText(HttpOutcome outcome) => "status " + Checks.StatusCheck.Actual(outcome);
}
