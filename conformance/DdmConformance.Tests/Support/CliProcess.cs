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

    /// <summary>Runs with <paramref name="environment"/> set on top of a clean <c>DDM_</c> environment.</summary>
    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(TestContext.CurrentContext.TestDirectory, "ddm-conformance.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DDM_ALLURE_HTML"] = "0"; // rendering Allure HTML is the reports' own test's business
        foreach (var name in new[] { "DDM_TARGET", "DDM_TOKEN", "DDM_PROJECT_ID", "DDM_MODE", "DDM_OUT", "DDM_AK", "DDM_SK", "DDM_PARALLEL" }) info.Environment.Remove(name);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ddm-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
