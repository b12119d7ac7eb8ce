namespace DdmConformance.Engine.Configuration;

/// <summary>How far the suite may go on a target.</summary>
public enum RunMode
{
    /// <summary>No mutating request at all (only GETs).</summary>
    ReadOnly,

    /// <summary>Creates and modifies, but nothing destructive or billable.</summary>
    NonDisruptive,

    /// <summary>Everything, including destructive and billable operations.</summary>
    Full,
}

/// <summary>Everything a run needs to know about its target; no secrets are ever echoed from here.</summary>
public sealed record RunOptions
{
    public required Uri BaseUrl { get; init; }

    /// <summary>Base URLs of APIs served elsewhere than <see cref="BaseUrl"/>, by catalog API name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, Uri> ApiBaseUrls { get; init; } = new Dictionary<string, Uri>();

    public Uri BaseUrlFor(string apiName)
        => ApiBaseUrls.FirstOrDefault(p => string.Equals(p.Key, apiName, StringComparison.OrdinalIgnoreCase)).Value ?? BaseUrl;

    public required string ProjectId { get; init; }

    /// <summary>IAM token sent as <c>X-Auth-Token</c>.</summary>
    public string? Token { get; init; }

    /// <summary>Access key for AK/SK signing (used when no token is given).</summary>
    public string? AccessKey { get; init; }

    /// <summary>Secret key for AK/SK signing; never sent, never written anywhere.</summary>
    public string? SecretKey { get; init; }

    public required RunMode Mode { get; init; }

    /// <summary>Per-request timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read; anything beyond is cut and reported.</summary>
    public int MaxResponseBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Longest wait for an asynchronous job or a resource to become ready.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Values the run cannot or may not create, by name: path and query parameters (an existing instance_id in
    /// read-only mode) and the body fields the spec marks <c>x-fixture: &lt;name&gt;</c> (vpc_id, rds_admin_password…).
    /// </summary>
    public IReadOnlyDictionary<string, string> Fixtures { get; init; } = new Dictionary<string, string>();

    /// <summary>Fixtures for one API only (its instance_id is not DDM's), by catalog API name; they win over <see cref="Fixtures"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ApiFixtures { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    public IReadOnlyDictionary<string, string> FixturesFor(string apiName)
    {
        var merged = new Dictionary<string, string>(Fixtures, StringComparer.Ordinal);
        foreach (var (api, values) in ApiFixtures)
            if (string.Equals(api, apiName, StringComparison.OrdinalIgnoreCase))
                foreach (var (name, value) in values) merged[name] = value;
        return merged;
    }

    /// <summary>
    /// Values of fixtures whose names say they are secrets (<c>rds_admin_password</c>, <c>db_password</c>): they are
    /// redacted from every transcript and report like the run's own credentials.
    /// </summary>
    public IEnumerable<string> SecretFixtureValues
        => Fixtures.Concat(ApiFixtures.Values.SelectMany(v => v)).Where(p => IsSecretName(p.Key)).Select(p => p.Value);

    /// <summary>Whether a fixture's name says it holds a secret (a password, a secret, a token, a secret key).</summary>
    public static bool IsSecretName(string name)
        => name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("pwd", StringComparison.OrdinalIgnoreCase)
           || name.Contains("secret", StringComparison.OrdinalIgnoreCase) || name.Contains("token", StringComparison.OrdinalIgnoreCase)
           || name.Equals("sk", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_sk", StringComparison.OrdinalIgnoreCase);

    /// <summary>Client-side request budget per minute; null for unlimited (the default on loopback).</summary>
    public int? RateLimitPerMinute { get; init; }

    /// <summary>How often a throttled (429/503 with Retry-After) or reset request is retried.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Longest a single Retry-After is honoured; longer ones count as a refusal.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>The whole run stops starting new cases after this long (null: no deadline).</summary>
    public TimeSpan? Deadline { get; init; }

    /// <summary>
    /// How many lanes (APIs, see <c>PlanLanes</c>) run at once; each keeps plan order inside it. Results and
    /// reports come out in plan order whatever this is.
    /// </summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>
    /// One lane at a time for a remote target: its budget of 60 requests a minute per user is what limits the run,
    /// and a vendor's first run reads best in plan order. On loopback, <see cref="LoopbackParallelism"/>.
    /// </summary>
    public static int DefaultParallelism(Uri url) => IsLoopback(url) ? LoopbackParallelism : 1;

    /// <summary>
    /// Lanes at once on loopback. The DDM lane is nearly all of a run (over nine cases in ten): with the longest lane first,
    /// one worker for it and one for the four short lanes end as soon as five workers would (bench/lanes-timing.sh).
    /// </summary>
    public const int LoopbackParallelism = 2;

    /// <summary>Only operations carrying one of these tags (all when empty).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Only these APIs by name, case-insensitive (all when empty).</summary>
    public IReadOnlyList<string> Apis { get; init; } = [];

    public static string ModeName(RunMode mode) => mode switch
    {
        RunMode.ReadOnly => "read-only",
        RunMode.NonDisruptive => "non-disruptive",
        _ => "full",
    };

    public static RunMode? ParseMode(string text) => text.ToLowerInvariant() switch
    {
        "read-only" => RunMode.ReadOnly,
        "non-disruptive" => RunMode.NonDisruptive,
        "full" => RunMode.Full,
        _ => null,
    };

    /// <summary>A loopback target is ours to break; anything else defaults to read-only.</summary>
    public static bool IsLoopback(Uri url)
        => url.IsLoopback || url.Host is "localhost" or "127.0.0.1" or "::1" or "[::1]";
}
