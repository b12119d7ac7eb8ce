using System.CommandLine;
using DdmConformance.ReferenceTarget;

namespace DdmConformance.Cli.Verbs;

/// <summary><c>serve</c>: the bundled reference target on its own, optionally with injected deviations.</summary>
public static class ServeVerb
{
    private static readonly Option<int> Port = new("--port") { Description = "Port to listen on (0: any free port).", DefaultValueFactory = _ => 0 };
    private static readonly Option<string?> ProjectId = new("--project-id") { Description = "Project id shown in the examples printed at start (every project id has its own state)." };
    private static readonly Option<string?> Token = new("--token") { Description = "The IAM token the target accepts (default: reference-token)." };
    private static readonly Option<string?> Ak = new("--ak") { Description = "Access key the target accepts for AK/SK signing." };
    private static readonly Option<string?> Sk = new("--sk") { Description = "Secret key the target accepts for AK/SK signing." };
    private static readonly Option<string?> Deviations = new("--deviations") { Description = "Named deviations to inject, comma-separated." };
    private static readonly Option<int?> RateLimit = new("--rate-limit") { Description = "Calls per minute per user before answering 429 with Retry-After, as the real gateway does." };
    private static readonly Option<bool> ListDeviations = new("--list-deviations") { Description = "Print the known deviations, one name per line, and exit." };

    public static Command Command()
    {
        var command = new Command("serve", "Run the bundled reference target until Ctrl-C.") { Port, ProjectId, Token, Ak, Sk, Deviations, ListDeviations, RateLimit };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(ListDeviations))
            {
                foreach (var d in KnownDeviations.All) System.Console.WriteLine(d.Name);
                return ExitCodes.Conformant;
            }
            var port = parse.GetValue(Port);
            if (port is < 0 or > 65535) throw new UsageException($"--port must be 0–65535, got {port}");
            if ((parse.GetValue(Ak) is null) != (parse.GetValue(Sk) is null)) throw new UsageException("--ak and --sk go together");
            if (parse.GetValue(RateLimit) is <= 0) throw new UsageException("--rate-limit must be a positive number of calls per minute");
            var deviations = (parse.GetValue(Deviations) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            var unknown = deviations.Where(d => KnownDeviations.All.All(k => k.Name != d)).ToList();
            if (unknown.Count > 0) throw new UsageException($"unknown deviation(s): {string.Join(", ", unknown)} (see --list-deviations)");

            await using var server = await ReferenceServer.StartAsync(new ReferenceTargetOptions
            {
                Port = port,
                Token = parse.GetValue(Token) ?? "reference-token",
                AccessKey = parse.GetValue(Ak),
                SecretKey = parse.GetValue(Sk),
                Deviations = deviations,
                RateLimitPerMinute = parse.GetValue(RateLimit),
            }, ct);
            System.Console.WriteLine(server.BaseUrl);
            System.Console.Out.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }
            return ExitCodes.Conformant;
        });
        return command;
    }
}
