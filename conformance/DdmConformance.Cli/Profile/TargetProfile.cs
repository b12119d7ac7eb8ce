using System.Globalization;
using DdmConformance.Engine.Configuration;

namespace DdmConformance.Cli.Profile;

/// <summary>
/// What a vendor sets once per target (<c>run --profile FILE</c>, env <c>DDM_PROFILE</c>): where it is, how hard the
/// suite may push it, and the fixtures — the things of the vendor's account the API cannot create (VPC, subnet,
/// RDS instances and their administrators). Flags and <c>DDM_</c> variables win over it. Secrets are never read
/// from it: the token and the SK come from flags or the environment, and any value written <c>${NAME}</c> is read
/// from the environment (this is how an RDS password gets in without being written down).
/// </summary>
public sealed record TargetProfile
{
    public Uri? Target { get; init; }
    public string? ProjectId { get; init; }
    public RunMode? Mode { get; init; }
    public int? RateLimit { get; init; }

    /// <summary>Lanes run at once (<c>parallel</c>).</summary>
    public int? Parallelism { get; init; }
    public TimeSpan? Deadline { get; init; }
    public TimeSpan? RequestTimeout { get; init; }
    public TimeSpan? ReadyTimeout { get; init; }

    /// <summary>Fixtures for every API, by name.</summary>
    public IReadOnlyDictionary<string, string> Fixtures { get; init; } = new Dictionary<string, string>();

    /// <summary>Fixtures for one API, by catalog API name (they win over <see cref="Fixtures"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ApiFixtures { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Base URLs of the APIs served elsewhere than <see cref="Target"/>, by catalog API name.</summary>
    public IReadOnlyDictionary<string, Uri> ApiBaseUrls { get; init; } = new Dictionary<string, Uri>();

    private static readonly string[] Keys = ["target", "project_id", "mode", "rate_limit", "parallel", "deadline_minutes", "timeouts", "fixtures", "apis"];

    /// <summary>Reads and checks a profile file; every problem is a <see cref="UsageException"/> naming file, line and key.</summary>
    public static TargetProfile Load(string path, Func<string, string?> environment)
    {
        var root = ProfileDocument.Read(path);
        var reader = new Reader(path, environment);
        var profile = new TargetProfile();
        foreach (var (key, line, value) in root.Entries)
        {
            profile = key switch
            {
                "target" => profile with { Target = reader.Url(key, value) },
                "project_id" => profile with { ProjectId = reader.Text(key, value) },
                "mode" => profile with { Mode = reader.Mode(key, value) },
                "rate_limit" => profile with { RateLimit = (int)reader.Number(key, value, "a positive number of requests per minute", whole: true) },
                "parallel" => profile with { Parallelism = (int)reader.Number(key, value, "a positive whole number of lanes run at once", whole: true) },
                "deadline_minutes" => profile with { Deadline = TimeSpan.FromMinutes(reader.Number(key, value, "a positive number of minutes")) },
                "timeouts" => Timeouts(profile, reader, reader.Mapping(key, value)),
                "fixtures" => profile with { Fixtures = reader.Fixtures(key, value) },
                "apis" => Apis(profile, reader, reader.Mapping(key, value)),
                "token" or "sk" => throw new UsageException($"profile {path}:{line}: '{key}' is a secret and is never read from a profile: "
                                                            + (key == "token" ? "use --token or DDM_TOKEN" : "use --sk or DDM_SK")),
                _ => throw reader.Unknown(key, line, Keys),
            };
        }
        return profile;
    }

    private static TargetProfile Timeouts(TargetProfile profile, Reader reader, ProfileMapping timeouts)
    {
        foreach (var (key, line, value) in timeouts.Entries)
            profile = key switch
            {
                "request_seconds" => profile with { RequestTimeout = TimeSpan.FromSeconds(reader.Number("timeouts." + key, value, "a positive number of seconds")) },
                "ready_seconds" => profile with { ReadyTimeout = TimeSpan.FromSeconds(reader.Number("timeouts." + key, value, "a positive number of seconds")) },
                _ => throw reader.Unknown("timeouts." + key, line, ["request_seconds", "ready_seconds"]),
            };
        return profile;
    }

    private static TargetProfile Apis(TargetProfile profile, Reader reader, ProfileMapping apis)
    {
        var fixtures = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var urls = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, line, value) in apis.Entries)
        {
            var api = Api.ApiCatalog.All.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Name
                      ?? throw reader.Unknown("apis." + name, line, Api.ApiCatalog.All.Select(a => a.Name).ToArray(), "API");
            foreach (var (key, keyLine, setting) in reader.Mapping("apis." + name, value).Entries)
            {
                var at = $"apis.{name}.{key}";
                switch (key)
                {
                    case "base_url": urls[api] = reader.Url(at, setting); break;
                    case "fixtures": fixtures[api] = reader.Fixtures(at, setting); break;
                    default: throw reader.Unknown(at, keyLine, ["base_url", "fixtures"]);
                }
            }
        }
        return profile with { ApiFixtures = fixtures, ApiBaseUrls = urls };
    }

    /// <summary>Reads typed values out of nodes, with messages that name the file, the line and the key.</summary>
    private sealed class Reader(string path, Func<string, string?> environment)
    {
        public UsageException Unknown(string key, int line, IReadOnlyList<string> known, string what = "key")
            => new($"profile {path}:{line}: unknown {what} '{key}' (known: {string.Join(", ", known)})");

        public ProfileMapping Mapping(string key, ProfileNode node)
            => node as ProfileMapping ?? throw Wrong(key, node, "a mapping of keys");

        public string Text(string key, ProfileNode node)
        {
            var (text, kind) = Scalar(key, node, "a text");
            return kind is ScalarKind.Null ? throw Wrong(key, node, "a text") : text;
        }

        public Uri Url(string key, ProfileNode node)
        {
            var text = Text(key, node);
            return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
                : throw new UsageException($"profile {path}:{node.Line}: {key} must be an absolute http(s) URL, got '{text}'");
        }

        public RunMode Mode(string key, ProfileNode node)
        {
            var text = Text(key, node);
            return RunOptions.ParseMode(text) ?? throw new UsageException($"profile {path}:{node.Line}: {key} must be read-only, non-disruptive or full, got '{text}'");
        }

        public double Number(string key, ProfileNode node, string expected, bool whole = false)
        {
            var (text, kind) = Scalar(key, node, expected);
            if (kind is not (ScalarKind.Integer or ScalarKind.Float) || (whole && kind is ScalarKind.Float)
                || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number <= 0 || (whole && number > int.MaxValue))
                throw new UsageException($"profile {path}:{node.Line}: {key} must be {expected}, got '{text}'");
            return number;
        }

        /// <summary>Fixture names and values: any scalar (a port may be a number), never a list, a mapping or null.</summary>
        public IReadOnlyDictionary<string, string> Fixtures(string key, ProfileNode node)
        {
            var fixtures = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, _, value) in Mapping(key, node).Entries)
            {
                var (text, kind) = Scalar($"{key}.{name}", value, "a value");
                if (kind is ScalarKind.Null) throw Wrong($"{key}.{name}", value, "a value");
                fixtures[name] = text;
            }
            return fixtures;
        }

        private (string Text, ScalarKind Kind) Scalar(string key, ProfileNode node, string expected)
        {
            if (node is not ProfileScalar scalar) throw Wrong(key, node, expected);
            return ProfileDocument.Value(scalar, path, environment);
        }

        // The value itself is not echoed: it may be a secret written in the wrong place.
        private UsageException Wrong(string key, ProfileNode node, string expected)
            => new($"profile {path}:{node.Line}: {key} must be {expected}, got {node switch
            {
                ProfileMapping => "a mapping",
                ProfileSequence => "a list",
                ProfileScalar s => ProfileDocument.Value(s, path, environment).Kind switch
                {
                    ScalarKind.Null => "nothing",
                    ScalarKind.Boolean => "a boolean",
                    ScalarKind.Integer or ScalarKind.Float => "a number",
                    _ => "a text",
                },
                _ => "something else",
            }}");
    }
}
