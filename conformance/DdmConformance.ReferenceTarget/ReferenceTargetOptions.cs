namespace DdmConformance.ReferenceTarget;

/// <summary>How to start the reference target: where it listens, which credentials it accepts, which
/// deviations it injects and how long its asynchronous work takes.</summary>
public sealed record ReferenceTargetOptions
{
    /// <summary>TCP port; 0 picks a free one (read the real one from <see cref="ReferenceServer.BaseUrl"/>).</summary>
    public int Port { get; init; } = 0;

    /// <summary>IP address to listen on (<c>localhost</c> means 127.0.0.1).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The only X-Auth-Token value the target accepts.</summary>
    public string Token { get; init; } = "reference-token";

    /// <summary>Access key accepted for AK/SK-signed requests; set together with <see cref="SecretKey"/> or not at all.</summary>
    public string? AccessKey { get; init; }

    /// <summary>Secret key that signs AK/SK requests; set together with <see cref="AccessKey"/> or not at all.</summary>
    public string? SecretKey { get; init; }

    /// <summary>Names from <see cref="KnownDeviations.All"/> to switch on; empty for a conforming target.</summary>
    public IReadOnlySet<string> Deviations { get; init; } = new HashSet<string>();

    /// <summary>How long a bought instance stays CREATING before it is RUNNING.</summary>
    public TimeSpan ProvisioningDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a restarted instance stays RESTARTING before it is RUNNING again.</summary>
    public TimeSpan RestartDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long the other asynchronous changes take (scaling, groups, node classes, SSL, port, renaming…)
    /// before their job completes and the instance is RUNNING again; null: as long as a restart.
    /// </summary>
    public TimeSpan? ChangeDelay { get; init; }

    /// <summary>Calls per minute per user before the gateway answers 429 with Retry-After; null: no limit.</summary>
    public int? RateLimitPerMinute { get; init; }

    /// <summary>The throttling window; a minute, as the document's limit says (tests shorten it to stay fast).</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);
}
