namespace DdmConformance.Engine.Http;

/// <summary>
/// Keeps the run under a request budget per rolling minute (the real API allows 60 calls per minute per
/// user), so the suite is not the reason a target throttles. Unlimited when the budget is null.
/// </summary>
public sealed class RequestPacer(int? perMinute, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    public int? PerMinute => perMinute;

    /// <summary>Waits until one more request fits the budget, then books it.</summary>
    public async Task WaitTurnAsync(CancellationToken ct)
    {
        if (perMinute is not { } budget) return;
        await gate.WaitAsync(ct);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (sent.Count > 0 && now - sent.Peek() >= TimeSpan.FromMinutes(1)) sent.Dequeue();
                if (sent.Count < budget)
                {
                    sent.Enqueue(now);
                    return;
                }
                await Task.Delay(sent.Peek() + TimeSpan.FromMinutes(1) - now, time, ct);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
