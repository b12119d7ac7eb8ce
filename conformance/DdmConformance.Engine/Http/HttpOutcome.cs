namespace DdmConformance.Engine.Http;

/// <summary>Why an exchange produced no usable response.</summary>
public enum TransportFailure
{
    None,

    /// <summary>Connection refused, DNS failure, no route: nothing is listening.</summary>
    Unreachable,

    /// <summary>No complete response within the per-request timeout.</summary>
    Timeout,

    /// <summary>The connection was reset or closed mid-response.</summary>
    Reset,

    /// <summary>The body exceeded the size cap (the truncated body is kept).</summary>
    TooLarge,
}

/// <summary>What came back for one request (unredacted; redaction happens when it becomes an <see cref="Results.Exchange"/>).</summary>
public sealed record HttpOutcome(
    int? Status,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    TimeSpan Elapsed,
    TransportFailure Failure,
    string? FailureMessage)
{
    public string? ContentType => Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;

    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The target refused for load (429, or 503 with Retry-After) even after the allowed retries.</summary>
    public bool Throttled { get; init; }
}
