using System.Security.Cryptography;
using System.Text;
using DdmConformance.Engine.Configuration;
using DdmConformance.ReferenceTarget;


namespace DdmConformance.Cli;

/// <summary>
/// The run's configuration from flags and <c>DDM_</c> environment variables (flags win), validated
/// up front so that every mistake is a usage error with a message, not a failure halfway through.
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
    public int? RateLimit { get; init; } = int.TryParse(Environment.GetEnvironmentVariable("DDM_RATE_LIMIT"), out var r) ? r : null;
    public TimeSpan? Deadline { get; init; }

    /// <summary>Lanes at once (<c>--parallel</c>, DDM_PARALLEL); null for the target's default.</summary>
    public int? Parallelism { get; init; }

    public IReadOnlyDictionary<string, string> Fixtures { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ApiFixtures { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>
    /// <c>name=value</c> (every API) or <c>Api.name=value</c> (one API: Das.instance_id is not DDM's) from flags,
    /// else from DDM_FIXTURES (comma-separated).
    /// </summary>
    public static (IReadOnlyDictionary<string, string> All, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ByApi) ParseFixtures(IReadOnlyList<string> flags)
    {
        var items = flags.Count > 0 ? flags : (Env("DDM_FIXTURES") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        var byApi = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=');
            if (eq <= 0 || eq == item.Length - 1) throw new UsageException($"--fixture takes NAME=VALUE or API.NAME=VALUE, got '{item}'");
            var name = item[..eq].Trim();
            var value = item[(eq + 1)..].Trim();
            var dot = name.IndexOf('.');
            if (dot > 0 && Api.ApiCatalog.All.Any(a => a.Name.Equals(name[..dot], StringComparison.OrdinalIgnoreCase)))
            {
                if (!byApi.TryGetValue(name[..dot], out var values)) byApi[name[..dot]] = values = new(StringComparer.Ordinal);
                values[name[(dot + 1)..]] = value;
            }
            else all[name] = value;
        }
        return (all, byApi.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary><c>--parallel N</c>, else DDM_PARALLEL, else null; anything but a positive whole number is a usage error.</summary>
    public static int? ParseParallelism(string? flag)
    {
        var (text, source) = flag is not null ? (flag, "--parallel") : (Env("DDM_PARALLEL"), "DDM_PARALLEL");
        if (text is null) return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var lanes) || lanes < 1)
            throw new UsageException($"{source} must be a positive whole number of lanes run at once, got '{text}'");
        return lanes;
    }

    public bool UseBundledTarget => Target is null;

    /// <summary>The bundled target's token: random per run, so no fixed secret exists anywhere.</summary>
    private string BundledToken { get; } = "rt-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static RunSettings Resolve(string? target, string? projectId, string? token, string? ak, string? sk, string? mode, string? outDir,
        IReadOnlyList<string> tags, IReadOnlyList<string> apis, string? deviations)
    {
        target ??= Env("DDM_TARGET");
        projectId ??= Env("DDM_PROJECT_ID");
        token ??= Env("DDM_TOKEN");
        ak ??= Env("DDM_AK");
        sk ??= Env("DDM_SK");
        mode ??= Env("DDM_MODE");
        outDir ??= Env("DDM_OUT") ?? Path.Combine("reports", "out");

        Uri? url = null;
        if (target is not null && (!Uri.TryCreate(target.EndsWith('/') ? target : target + "/", UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
            throw new UsageException($"--target must be an absolute http(s) URL, got '{target}'");
        if ((ak is null) != (sk is null)) throw new UsageException("--ak and --sk go together");
        if (ak is not null && token is not null) throw new UsageException("give either --token or --ak/--sk, not both");
        if (url is not null && token is null && ak is null) throw new UsageException("a target needs credentials: --token, or --ak and --sk (or DDM_TOKEN, DDM_AK/DDM_SK)");
        if (url is not null && projectId is null) throw new UsageException("a target needs --project-id (or DDM_PROJECT_ID)");
        RunMode? parsedMode = null;
        if (mode is not null) parsedMode = RunOptions.ParseMode(mode) ?? throw new UsageException($"--mode must be read-only, non-disruptive or full, got '{mode}'");

        var injected = (deviations ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (injected.Count > 0 && url is not null) throw new UsageException("--deviations applies to the bundled reference target only (no --target)");
        var unknown = injected.Where(d => KnownDeviations.All.All(k => k.Name != d)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown deviation(s): {string.Join(", ", unknown)} (see: serve --list-deviations)");

        return new RunSettings
        {
            Target = url,
            ProjectId = projectId ?? "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            Token = token,
            AccessKey = ak,
            SecretKey = sk,
            Mode = parsedMode,
            OutDirectory = outDir,
            Tags = tags,
            Apis = apis,
            InjectedDeviations = injected,
        };
    }

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
            ApiBaseUrls = bundled is null ? new Dictionary<string, Uri>()
                : Api.ApiCatalog.All.ToDictionary(a => a.Name, a => bundled.BaseUrlFor(a.Name)),
            ProjectId = ProjectId,
            // With AK/SK given, the run signs (also against the bundled target, which then verifies signatures).
            Token = AccessKey is not null ? null : Target is null ? BundledToken : Token,
            AccessKey = AccessKey,
            SecretKey = SecretKey,
            Mode = Mode ?? (RunOptions.IsLoopback(url) ? RunMode.Full : RunMode.ReadOnly),
            Tags = Tags,
            Apis = Apis,
            ReadyTimeout = Target is null ? TimeSpan.FromSeconds(20) : TimeSpan.FromMinutes(10),
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

    private static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> seeded, IReadOnlyDictionary<string, string>? given)
    {
        var merged = new Dictionary<string, string>(seeded, StringComparer.Ordinal);
        foreach (var (k, v) in given ?? new Dictionary<string, string>()) merged[k] = v;
        return merged;
    }

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
}
