using System.Diagnostics;

namespace DdmConformance.Reports;

/// <summary>Whether <c>allure-report/</c> was rendered, and a sentence that says so (or why not) for the console.</summary>
public sealed record AllureRendering(bool Rendered, string Message);

/// <summary>
/// Renders <c>allure-results/</c> into <c>allure-report/</c> with the npm <c>allure</c> CLI that
/// <c>reports/package.json</c> pins (installed by <c>npm ci</c>, which run.sh does when Node.js is present),
/// configured by <c>reports/allurerc.json</c>: a single-file report that opens from disk like report.html.
/// Rendering is optional: without Node.js the results stay complete and the message says how to render them.
/// </summary>
public static class AllureHtmlRenderer
{
    public const string DirectoryName = "allure-report";

    /// <summary>The CLI's entry script, relative to a <c>reports/</c> folder.</summary>
    private static readonly string CliScript = Path.Combine("node_modules", "allure", "cli.js");

    /// <param name="reportsFolders">Where to look for <c>node_modules/allure</c> (the repository's <c>reports/</c>); found by walking up from the working directory and the program when empty.</param>
    public static AllureRendering Render(string resultsDirectory, string reportDirectory, IEnumerable<string>? reportsFolders = null, TimeSpan? timeout = null)
    {
        var node = FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");
        if (node is null)
            return new(false, $"{DirectoryName}/ not rendered: Node.js is not installed (allure-results/ is complete; render it where Node.js is: npx allure generate {resultsDirectory} --output {reportDirectory})");
        var folder = (reportsFolders ?? DefaultReportsFolders()).FirstOrDefault(dir => File.Exists(Path.Combine(dir, CliScript)));
        if (folder is null)
            return new(false, $"{DirectoryName}/ not rendered: the Allure CLI is not installed; run `npm ci --prefix reports` (./run.sh does it when npm is present)");
        var cli = Path.Combine(folder, CliScript);
        var config = Path.Combine(folder, "allurerc.json");

        if (Directory.Exists(reportDirectory)) Directory.Delete(reportDirectory, recursive: true);
        var info = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(cli);
        info.ArgumentList.Add("generate");
        info.ArgumentList.Add(Path.GetFullPath(resultsDirectory));
        info.ArgumentList.Add("--output");
        info.ArgumentList.Add(Path.GetFullPath(reportDirectory));
        if (File.Exists(config))
        {
            info.ArgumentList.Add("--config");
            info.ArgumentList.Add(config);
        }
        info.Environment["NO_COLOR"] = "1";
        info.Environment["FORCE_COLOR"] = "0";
        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                return new(false, $"{DirectoryName}/ not rendered: the Allure CLI did not finish in time");
            }
            var index = Path.Combine(reportDirectory, "index.html");
            if (process.ExitCode != 0 || !File.Exists(index))
                return new(false, $"{DirectoryName}/ not rendered: allure generate exited with {process.ExitCode}: {LastLine(stderr.Result, stdout.Result)}");
            return new(true, "allure: " + Path.GetFullPath(index));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return new(false, $"{DirectoryName}/ not rendered: could not start node: {e.Message}");
        }
    }

    /// <summary><c>reports/</c> above the working directory and above the program (bin/…/ under the repository).</summary>
    private static IEnumerable<string> DefaultReportsFolders()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                yield return Path.Combine(dir.FullName, "reports");
    }

    private static string? FindOnPath(string executable)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir.Trim('"'), executable);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string LastLine(params string[] outputs)
        => outputs.SelectMany(o => o.Split('\n')).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "no output";
}
