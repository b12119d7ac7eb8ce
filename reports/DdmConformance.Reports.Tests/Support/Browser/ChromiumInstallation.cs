using System.Diagnostics;

namespace DdmConformance.Reports.Tests.Support.Browser;

/// <summary>
/// Finds Debian's <c>chromium</c>, installing it with apt-get when it is missing and we are root. Never
/// skips: without a browser the test fails with a message that says what to install.
/// </summary>
internal static class ChromiumInstallation
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    private static readonly object Gate = new();
    private static string? found;

    /// <summary>Path of a Chromium executable; installs the Debian package when allowed. Fails the test otherwise.</summary>
    public static string Require()
    {
        lock (Gate)
        {
            if (found is not null) return found;
            var overridden = Environment.GetEnvironmentVariable("DDM_CHROMIUM");
            if (overridden is { Length: > 0 })
            {
                if (!File.Exists(overridden)) Assert.Fail($"DDM_CHROMIUM points at '{overridden}', which does not exist");
                return found = overridden;
            }
            if (Find() is { } existing) return found = existing;

            if (!OperatingSystem.IsLinux() || Find("apt-get") is null)
                Assert.Fail("Chromium is needed for the browser test and is not installed; install Chromium (Debian: apt-get install -y chromium) or set DDM_CHROMIUM to a Chrome/Chromium executable.");
            if (Environment.UserName != "root")
                Assert.Fail("Chromium is needed for the browser test and is not installed; as root run: apt-get install -y chromium (or set DDM_CHROMIUM).");

            TestContext.Progress.WriteLine("browser test: chromium is missing; installing the Debian package (apt-get install -y chromium)…");
            var log = AptGet("install", "-y", "--no-install-recommends", "chromium");
            if (Find() is null)
            {
                // A fresh machine may have no package lists yet.
                log += AptGet("update") + AptGet("install", "-y", "--no-install-recommends", "chromium");
            }
            return found = Find() ?? throw new AssertionException("apt-get could not install chromium; the browser test needs it. apt-get said:\n" + Tail(log));
        }
    }

    private static string? Find() => Candidates.Select(Find).FirstOrDefault(p => p is not null);

    private static string? Find(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(Path.PathSeparator)
            .Append("/usr/bin")
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string AptGet(params string[] args)
    {
        var info = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return "apt-get timed out after 10 minutes\n";
        }
        return stdout.Result + stderr.Result;
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(15));
}
