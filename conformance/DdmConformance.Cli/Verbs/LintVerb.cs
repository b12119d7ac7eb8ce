using System.CommandLine;
using DdmConformance.Api;
using DdmConformance.Reports;

namespace DdmConformance.Cli.Verbs;

/// <summary>
/// <c>lint</c>: the static analysis of the specs, as SARIF. The findings were computed by the generator
/// when the specs were compiled into the catalog, so this is the same source the compiler warnings show.
/// </summary>
public static class LintVerb
{
    private static readonly Option<string?> Out = new("--out") { Description = "Output directory (env DDM_OUT). Default: reports/out." };

    public static Command Command()
    {
        var command = new Command("lint", "Static analysis of the specs: write lint.sarif and list the findings.") { Out };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(Out) ?? Environment.GetEnvironmentVariable("DDM_OUT") ?? Path.Combine("reports", "out");
            Directory.CreateDirectory(outDir);
            var path = Path.Combine(outDir, "lint.sarif");
            SarifWriter.Write(ApiCatalog.All, ApiCatalog.Rules, "spec", path);
            var findings = ApiCatalog.All.SelectMany(a => a.Findings).ToList();
            foreach (var f in findings)
                System.Console.WriteLine($"spec/{f.File}:{f.Line}: {f.RuleId} [{f.DocSection}] {f.Message}");
            foreach (var rule in ApiCatalog.Rules)
                System.Console.WriteLine($"{rule.Id} {rule.Title}: {findings.Count(f => f.RuleId == rule.Id)}");
            System.Console.WriteLine($"{findings.Count} findings in {ApiCatalog.All.Count} spec(s); SARIF: {Path.GetFullPath(path)}");
            return ExitCodes.Conformant;
        });
        return command;
    }
}
