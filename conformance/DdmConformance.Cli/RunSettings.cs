using System.Security.Cryptography;
using System.Text;
using DdmConformance.Cli.Profile;
using DdmConformance.Engine.Configuration;
using DdmConformance.ReferenceTarget;


namespace DdmConformance.Cli;

/// <summary>What the command line gave, as typed; null (or empty) where a flag was not given.</summary>
public sealed record RunFlags
{
    public string? Target { get; init; }
    public string? ProjectId { get; init; }
    public string? Token { get; init; }
    public string? AccessKey { get; init; }
    public string? SecretKey { get; init; }
    public string? Mode { get; init; }
    public string? Out { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Apis { get; init; } = [];
    public string? Deviations { get; init; }
    public int? RateLimit { get; init; }
    public string? Parallelism { get; init; }
    public double? DeadlineMinutes { get; init; }
    public IReadOnlyList<string> Fixtures { get; init; } = [];
    public string? Profile { get; init; }
}

/// <summary>
/// The run's configuration from flags, <c>DDM_</c> environment variables and the target profile (in that order of
/// precedence, then defaults), validated up front so that every mistake is a usage error with a message, not a
/// failure halfway through.
/// </summary>
public sealed record RunSettings
{
    public Uri? Target { get; init; }
    public required string ProjectId { get; init; }
    public string? Token { get; init; }
    public string? AccessKey { get; init; }
    public string? SecretKey { get; init; }
    public RunMode? Mode { get; init; }
    public required string OutDirectory { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<string> Apis { get; init; } = [];
    public IReadOnlySet<string> InjectedDeviations { get; init; } = new HashSet<string>();
    public int? RateLimit { get; init; }
    public TimeSpan? Deadline { get; init; }
    public TimeSpan? RequestTimeout { get; init; }
    public TimeSpan? ReadyTimeout { get; init; }

    /// <summary>Lanes at once (<c>--parallel</c>, DDM_PARALLEL); null for the target's default.</summary>
    public int? Parallelism { get; init; }

    public IReadOnlyDictionary<string, string> Fixtures { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ApiFixtures { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Where the APIs served elsewhere than the target live (from the profile; the bundled target knows its own).</summary>
    public IReadOnlyDictionary<string, Uri> ApiBaseUrls { get; init; } = new Dictionary<string, Uri>();

    public bool UseBundledTarget => Target is null;

    /// <summary>The bundled target's token: random per run, so no fixed secret exists anywhere.</summary>
    private string BundledToken { get; } = "rt-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>Flags win over <c>DDM_</c> variables, which win over the profile (<c>--profile</c> or <c>DDM_PROFILE</c>).</summary>
    public static RunSettings Resolve(RunFlags flags, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        string? Env(string name) => environment(name) is { Length: > 0 } v ? v : null;
        var profilePath = flags.Profile ?? Env("DDM_PROFILE");
        var profile = profilePath is null ? new TargetProfile() : TargetProfile.Load(profilePath, Env);

        var target = flags.Target ?? Env("DDM_TARGET");
        var projectId = flags.ProjectId ?? Env("DDM_PROJECT_ID") ?? profile.ProjectId;
        var token = flags.Token ?? Env("DDM_TOKEN");
        var ak = flags.AccessKey ?? Env("DDM_AK");
        var sk = flags.SecretKey ?? Env("DDM_SK");
        var mode = flags.Mode ?? Env("DDM_MODE");
        var outDir = flags.Out ?? Env("DDM_OUT") ?? Path.Combine("reports", "out");

        Uri? url = profile.Target;
        if (target is not null && (!Uri.TryCreate(target.EndsWith('/') ? target : target + "/", UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
            throw new UsageException($"--target must be an absolute http(s) URL, got '{target}'");
        if ((ak is null) != (sk is null)) throw new UsageException("--ak and --sk go together");
        if (ak is not null && token is not null) throw new UsageException("give either --token or --ak/--sk, not both");
        if (url is not null && token is null && ak is null) throw new UsageException("a target needs credentials: --token, or --ak and --sk (or DDM_TOKEN, DDM_AK/DDM_SK)");
        if (url is not null && projectId is null) throw new UsageException("a target needs --project-id (or DDM_PROJECT_ID, or project_id in the profile)");
        var parsedMode = profile.Mode;
        if (mode is not null) parsedMode = RunOptions.ParseMode(mode) ?? throw new UsageException($"--mode must be read-only, non-disruptive or full, got '{mode}'");

        var rateLimit = flags.RateLimit ?? (int?)PositiveNumber(Env("DDM_RATE_LIMIT"), "DDM_RATE_LIMIT", "a positive whole number of requests per minute", whole: true) ?? profile.RateLimit;
        if (rateLimit is <= 0) throw new UsageException("--rate-limit must be a positive number of requests per minute");
        const string lanes = "a positive whole number of lanes run at once";
        var parallelism = (int?)PositiveNumber(flags.Parallelism, "--parallel", lanes, whole: true)
            ?? (int?)PositiveNumber(Env("DDM_PARALLEL"), "DDM_PARALLEL", lanes, whole: true) ?? profile.Parallelism;
        var deadlineMinutes = flags.DeadlineMinutes ?? PositiveNumber(Env("DDM_DEADLINE"), "DDM_DEADLINE", "a positive number of minutes");
        if (deadlineMinutes is <= 0) throw new UsageException("--deadline must be a positive number of minutes");

        var injected = (flags.Deviations ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (injected.Count > 0 && url is not null) throw new UsageException("--deviations applies to the bundled reference target only (no --target)");
        var unknown = injected.Where(d => KnownDeviations.All.All(k => k.Name != d)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown deviation(s): {string.Join(", ", unknown)} (see: serve --list-deviations)");

        // Fixtures merge name by name: the profile's, then DDM_FIXTURES's, then the flags'.
        var fromEnvironment = ParseFixtures((Env("DDM_FIXTURES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), "DDM_FIXTURES");
        var fromFlags = ParseFixtures(flags.Fixtures, "--fixture");

        return new RunSettings
        {
            Target = url,
            ProjectId = projectId ?? "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            Token = token,
            AccessKey = ak,
            SecretKey = sk,
            Mode = parsedMode,
            OutDirectory = outDir,
            Tags = flags.Tags,
            Apis = flags.Apis,
            InjectedDeviations = injected,
            RateLimit = rateLimit,
            Parallelism = parallelism,
            Deadline = deadlineMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : profile.Deadline,
            RequestTimeout = profile.RequestTimeout,
            ReadyTimeout = profile.ReadyTimeout,
            Fixtures = Merge(Merge(profile.Fixtures, fromEnvironment.All), fromFlags.All),
            ApiFixtures = Catalog(api => Merge(Merge(profile.ApiFixtures.GetValueOrDefault(api), fromEnvironment.ByApi.GetValueOrDefault(api)), fromFlags.ByApi.GetValueOrDefault(api))),
            ApiBaseUrls = profile.ApiBaseUrls,
        };
    }

    /// <summary><c>name=value</c> (every API) or <c>Api.name=value</c> (one API: Das.instance_id is not DDM's).</summary>
    private static (IReadOnlyDictionary<string, string> All, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByApi) ParseFixtures(IReadOnlyList<string> items, string source)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        var byApi = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=');
            // The value is not echoed: it may be a password.
            if (eq <= 0 || eq == item.Length - 1) throw new UsageException($"{source} takes NAME=VALUE or API.NAME=VALUE, got '{(eq > 0 ? item[..eq] + "=" : "…")}'");
            var name = item[..eq].Trim();
            var value = item[(eq + 1)..].Trim();
            var dot = name.IndexOf('.');
            if (dot > 0 && Api.ApiCatalog.All.FirstOrDefault(a => a.Name.Equals(name[..dot], StringComparison.OrdinalIgnoreCase)) is { } api)
            {
                if (!byApi.TryGetValue(api.Name, out var values)) byApi[api.Name] = values = new(StringComparer.Ordinal);
                values[name[(dot + 1)..]] = value;
            }
            else all[name] = value;
        }
        return (all, byApi.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.OrdinalIgnoreCase));
    }

    private static double? PositiveNumber(string? text, string name, string expected, bool whole = false)
    {
        if (text is null) return null;
        var style = whole ? System.Globalization.NumberStyles.Integer : System.Globalization.NumberStyles.Float;
        return double.TryParse(text, style, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n <= int.MaxValue ? n
            : throw new UsageException($"{name} must be {expected}, got '{text}'");
    }

    // Only the APIs something was given for.
    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Catalog(Func<string, IReadOnlyDictionary<string, string>> values)
        => Api.ApiCatalog.All.Select(a => (a.Name, Values: values(a.Name))).Where(p => p.Values.Count > 0)
            .ToDictionary(p => p.Name, p => p.Values, StringComparer.OrdinalIgnoreCase);

    public ReferenceTargetOptions BundledTargetOptions() => new()
    {
        Token = BundledToken,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        Deviations = InjectedDeviations,
        ProvisioningDelay = TimeSpan.FromMilliseconds(300),
        RestartDelay = TimeSpan.FromMilliseconds(200),
    };

    public RunOptions ToRunOptions(ReferenceServer? bundled, bool dryRun = false)
    {
        var url = Target ?? bundled?.BaseUrl ?? (dryRun ? new Uri("http://127.0.0.1/") : throw new InvalidOperationException("no target"));
        return new RunOptions
        {
            BaseUrl = url,
            ApiBaseUrls = bundled is null ? ApiBaseUrls
                : Api.ApiCatalog.All.ToDictionary(a => a.Name, a => bundled.BaseUrlFor(a.Name)),
            ProjectId = ProjectId,
            // With AK/SK given, the run signs (also against the bundled target, which then verifies signatures).
            Token = AccessKey is not null ? null : Target is null ? BundledToken : Token,
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            Mode = Mode ?? (RunOptions.IsLoopback(url) ? RunMode.Full : RunMode.ReadOnly),
            Tags = Tags,
            Apis = Apis,
            RequestTimeout = RequestTimeout ?? TimeSpan.FromSeconds(30),
            ReadyTimeout = ReadyTimeout ?? (Target is null ? TimeSpan.FromSeconds(20) : TimeSpan.FromMinutes(10)),
            RateLimitPerMinute = RateLimit ?? (RunOptions.IsLoopback(url) ? null : 60),
            Deadline = Deadline,
            Parallelism = Parallelism ?? RunOptions.DefaultParallelism(url),
            Fixtures = Fixtures,
            // The bundled target's related APIs have seeded instances of their own; the user's fixtures win.
            ApiFixtures = bundled is null ? ApiFixtures
                : Api.ApiCatalog.All.ToDictionary(a => a.Name, a => Merge(SideApiFixtures.For(a.Name), ApiFixtures.GetValueOrDefault(a.Name)), StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>Where a run against this target keeps its ledger (none for the throwaway bundled target).</summary>
    public string? LedgerPath(Uri url)
    {
        if (UseBundledTarget) return null;
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(url.ToString() + "|" + ProjectId)))[..16].ToLowerInvariant();
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".ddm-conformance", "ledger-" + hash + ".json");
    }

    private static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string>? under, IReadOnlyDictionary<string, string>? over)
    {
        var merged = new Dictionary<string, string>(under ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (k, v) in over ?? new Dictionary<string, string>()) merged[k] = v;
        return merged;
    }
}
