using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DdmConformance.Api.Catalog;
using DdmConformance.Reports.Sarif;

namespace DdmConformance.Reports;

/// <summary>
/// Writes the static-analysis findings as SARIF 2.1.0 (<c>lint.sarif</c>), the format code-scanning
/// views (GitHub, GitLab, VS Code) read: one run, the rule catalogue as the driver's rules, one result
/// per finding with the spec file and line as its location and the operation and document section as
/// result properties.
/// </summary>
public static class SarifWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes the findings of every API in <paramref name="apis"/> to <paramref name="path"/>.</summary>
    /// <param name="specDirectoryRelativeToRepo">Where the spec files live, relative to the repository root (<c>spec</c>), so locations resolve in code-scanning views.</param>
    public static void Write(IReadOnlyList<ApiDescriptor> apis, IReadOnlyList<RuleDescriptor> rules, string specDirectoryRelativeToRepo, string path)
    {
        ArgumentNullException.ThrowIfNull(apis);
        ArgumentNullException.ThrowIfNull(rules);
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var ruleIndex = rules.Select((r, i) => (r.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);

        w.WriteStartObject();
        w.WriteString("$schema", SchemaUri);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "DdmConformance");
        w.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(w, rule);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("results");
        foreach (var finding in apis.SelectMany(a => a.Findings))
        {
            var known = ruleIndex.TryGetValue(finding.RuleId, out var index);
            WriteResult(w, finding, known ? rules[index] : null, known ? index : -1, specDirectoryRelativeToRepo);
        }
        w.WriteEndArray();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, RuleDescriptor rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", Identifier(rule.Title));
        w.WriteStartObject("shortDescription");
        w.WriteString("text", rule.Title);
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifLevels.Of(rule.Severity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("family", rule.Family);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, SpecFinding finding, RuleDescriptor? rule, int ruleIndex, string specDirectory)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", finding.RuleId);
        if (ruleIndex >= 0) w.WriteNumber("ruleIndex", ruleIndex);
        // A finding whose rule is not in the catalogue still surfaces, as a warning.
        w.WriteString("level", SarifLevels.Of(rule?.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", finding.Message);
        w.WriteEndObject();

        w.WriteStartArray("locations");
        w.WriteStartObject();
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", ArtifactUri(specDirectory, finding.File));
        w.WriteEndObject();
        if (finding.Line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", finding.Line);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("properties");
        w.WriteString("operation", finding.Operation);
        w.WriteString("docSection", finding.DocSection);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary><c>spec/ddm.openapi.yaml</c>: forward slashes, no leading <c>./</c>, no doubled separator.</summary>
    internal static string ArtifactUri(string specDirectory, string file)
    {
        var dir = (specDirectory ?? string.Empty).Replace('\\', '/').Trim().TrimEnd('/');
        while (dir.StartsWith("./", StringComparison.Ordinal)) dir = dir[2..];
        if (dir == ".") dir = string.Empty;
        var name = (file ?? string.Empty).Replace('\\', '/').TrimStart('/');
        return dir.Length == 0 ? name : $"{dir}/{name}";
    }

    /// <summary>SARIF wants <c>rule.name</c> to be an identifier: "Documented example repaired" becomes <c>DocumentedExampleRepaired</c>.</summary>
    private static string Identifier(string title)
    {
        var sb = new StringBuilder(title.Length);
        var upper = true;
        foreach (var ch in title)
        {
            if (!char.IsLetterOrDigit(ch)) { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(ch) : ch);
            upper = false;
        }
        return sb.ToString();
    }
}
