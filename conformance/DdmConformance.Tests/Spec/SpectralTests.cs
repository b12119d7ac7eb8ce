using System.Diagnostics;
using System.Text.Json;
using DdmConformance.Api;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Spec;

/// <summary>
/// The external cross-check: Spectral's <c>spectral:oas</c> rules find no error in any spec, and every
/// documented example Spectral flags as contradicting its schema is also one of our own findings of the examples-versus-tables family.
/// </summary>
[TestFixture]
[Category("Spec")]
public sealed class SpectralTests
{
    public static IEnumerable<string> Specs()
        => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "spec"), "*.openapi.yaml").Select(Path.GetFileName).Order()!;

    [TestCaseSource(nameof(Specs))]
    public async Task SpectralReportsNoErrorAndEachExampleWarningIsOurFindingToo(string specFile)
    {
        var results = await LintAsync(specFile);
        var errors = results.Where(r => r.Severity == 0).Select(r => $"{r.Code} at {r.Path}: {r.Message}").ToList();
        var api = ApiCatalog.All.Single(a => a.SpecFile == specFile);
        // Any rule of the examples-versus-tables family (the family of DDM0002) counts.
        var family = ApiCatalog.Rules.Single(r => r.Id == "DDM0002").Family;
        var exampleRules = ApiCatalog.Rules.Where(r => r.Family == family).Select(r => r.Id).ToHashSet();
        var ours = api.Findings.Where(f => exampleRules.Contains(f.RuleId)).Select(f => f.Operation).ToHashSet();
        var unmatched = results
            .Where(r => r.Code is "oas3-valid-media-example" or "oas3-valid-schema-example" && r.Operation is not null)
            .Where(r => !ours.Contains(r.Operation!))
            .Select(r => $"{r.Operation}: {r.Message}")
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, "Spectral errors");
            Assert.That(unmatched, Is.Empty, "Spectral example warnings our static analysis does not report");
        });
    }

    private sealed record Result(string Code, int Severity, string Path, string Message, string? Operation);

    private static async Task<IReadOnlyList<Result>> LintAsync(string specFile)
    {
        var spectral = Path.Combine(RepositoryPaths.Root, "spec", "node_modules", ".bin", "spectral");
        if (!File.Exists(spectral))
            Assert.Fail("Spectral is not installed: run `npm ci --prefix spec` (./run.sh test does it when node is available)");
        var info = new ProcessStartInfo(spectral) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryPaths.Root };
        foreach (var a in new[] { "lint", Path.Combine("spec", specFile), "--ruleset", ".spectral.yaml", "-f", "json", "--quiet" }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var json = JsonDocument.Parse(output.Length == 0 ? "[]" : output);
        return json.RootElement.EnumerateArray().Select(r =>
        {
            var path = r.GetProperty("path").EnumerateArray().Select(p => p.ToString()).ToList();
            var operation = path.Count >= 3 && path[0] == "paths" ? path[2].ToUpperInvariant() + " " + path[1] : null;
            return new Result(r.GetProperty("code").ToString(), r.GetProperty("severity").GetInt32(), string.Join("/", path),
                r.GetProperty("message").GetString() ?? "", operation);
        }).ToList();
    }
}
