using System.Diagnostics;

namespace DdmConformance.Tests.Support;

/// <summary>Runs the built command line (<c>ddm-conformance.dll</c>) as a real process: exit codes and output as a user sees them.</summary>
public static class CliProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public string All => Stdout + Stderr;
    }

    public static Task<Outcome> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs with <paramref name="environment"/> set in the process's environment (a CI secret, say).</summary>
    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(args, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the command line and sends it SIGINT (Ctrl-C) once a line of its output satisfies <paramref name="interruptAt"/>.</summary>
    public static async Task<(Outcome Outcome, bool Interrupted)> RunInterruptedAsync(Func<string, bool> interruptAt, params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = new System.Text.StringBuilder();
        var interrupted = false;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            stdout.AppendLine(line);
            if (interrupted || !interruptAt(line)) continue;
            using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync(timeout.Token);
            interrupted = true;
        }
        await process.WaitForExitAsync(timeout.Token);
        return (new Outcome(process.ExitCode, stdout.ToString(), await stderr), interrupted);
    }

    private static ProcessStartInfo StartInfo(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "ddm-conformance.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DDM_ALLURE_HTML"] = "0"; // rendering Allure HTML is the reports' own test's business
        foreach (var name in new[] { "DDM_TARGET", "DDM_TOKEN", "DDM_PROJECT_ID", "DDM_MODE", "DDM_OUT", "DDM_AK", "DDM_SK", "DDM_PROFILE", "DDM_FIXTURES", "DDM_RATE_LIMIT", "DDM_DEADLINE", "DDM_PARALLEL" })
            info.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return info;
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ddm-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
