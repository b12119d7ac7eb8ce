using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DdmConformance.Engine.Checks;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Allure;
using DdmConformance.Reports.Evidence;
using DdmConformance.Reports.Gates;
using DdmConformance.Reports.Html;
using DdmConformance.Reports.Overview;

namespace DdmConformance.Reports;

/// <summary>
/// Writes <c>allure-results/</c>: one Allure 2 result file per case (Allure.NUnit is not available to us,
/// and the front door is not NUnit anyway), with labels epic = chapter, feature = operation, story = case
/// kind; a step per exchange (request and response attached) and per check; parameters; links back to the
/// section in report.html; and for a failed case the evidence (document quote, diff, curl) attached.
/// </summary>
public static class AllureResultsWriter
{
    public const string DirectoryName = "allure-results";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes the results of <paramref name="run"/> into <paramref name="directory"/>, which is emptied first:
    /// Allure renders every result file it finds, and stale ones from an earlier run would mix in.
    /// </summary>
    public static void Write(RunResult run, string directory, RunGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var overview = RunOverview.Of(run, gate: gate);
        var chapters = overview.Chapters.SelectMany(ch => ch.Operations.Select(op => (op, ch))).ToDictionary(x => x.op.Api + "|" + x.op.OperationId, x => x.ch);
        var operations = overview.Operations.ToDictionary(op => op.Api + "|" + op.OperationId);

        var start = run.StartedAt.ToUnixTimeMilliseconds();
        for (var i = 0; i < run.Cases.Count; i++)
        {
            var c = run.Cases[i];
            var key = c.Api + "|" + c.OperationId;
            var result = Result(overview, c, i, chapters.GetValueOrDefault(key), operations.GetValueOrDefault(key), start, directory);
            File.WriteAllText(Path.Combine(directory, result.Uuid + "-result.json"), JsonSerializer.Serialize(result, Options));
            start += Math.Max(1, (long)c.Elapsed.TotalMilliseconds);
        }

        WriteEnvironment(overview, directory);
        File.WriteAllText(Path.Combine(directory, "categories.json"), JsonSerializer.Serialize(Categories(), Options));
        File.WriteAllText(Path.Combine(directory, "executor.json"), JsonSerializer.Serialize(new { name = "DdmConformance", type = "ddm-conformance", buildName = $"{run.Target} ({run.Mode}) {run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC" }, Options));
    }

    private static AllureResult Result(RunOverview o, CaseResult c, int index, Chapter? chapter, OperationTally? op, long start, string directory)
    {
        var uuid = Uuid(o.Run.StartedAt.ToString("O", CultureInfo.InvariantCulture) + "|" + index.ToString(CultureInfo.InvariantCulture) + "|" + c.CaseId);
        var history = Hex(c.Api + "|" + c.CaseId);
        var stop = start + Math.Max(1, (long)c.Elapsed.TotalMilliseconds);
        var known = o.Gate?.IsKnownFailure(c) == true;
        var evidence = c.Outcome == CaseOutcome.Failed ? CaseEvidence.Of(o, c) : null;

        var labels = new List<AllureLabel>
        {
            new("epic", chapter?.Display ?? c.Section),
            new("feature", $"{c.Section} {c.OperationId} ({c.Operation})"),
            new("story", CaseText.KindName(c.Kind)),
            new("parentSuite", c.Api),
            new("suite", chapter?.Display ?? c.Section),
            new("subSuite", $"{c.Section} {c.OperationId}"),
            new("framework", "DdmConformance"),
            new("language", "C#"),
            new("severity", c.Kind == CaseKind.Example ? "critical" : "normal"),
        };
        if (Uri.TryCreate(o.Run.Target, UriKind.Absolute, out var target)) labels.Add(new("host", target.Authority));
        labels.AddRange(c.Tags.Select(t => new AllureLabel("tag", t)));
        if (known) labels.Add(new("tag", "known-deviation"));

        var sectionName = $"§{c.Section} {c.DocTitle}" + (c.DocLine > 0 ? $" (document line {c.DocLine.ToString(CultureInfo.InvariantCulture)})" : "");
        var links = new List<AllureLink> { new(sectionName, "../report.html#" + (op is null ? "operations" : "op-" + op.Key), "link") };

        var parameters = new List<AllureParameter> { new("operation", c.Operation), new("section", c.Section), new("case", c.CaseId) };
        if (c.Subject.Example is { } example) parameters.Add(new("documented example", example));
        if (c.Subject.ErrorCode is { } code) parameters.Add(new("error code", code));
        if ((c.Subject.Parameter ?? c.Subject.BodyField) is { } field) parameters.Add(new("field", field));

        var steps = new List<AllureStep>();
        var at = start;
        foreach (var e in c.Exchanges)
        {
            var took = Math.Max(0, (long)e.Elapsed.TotalMilliseconds);
            var attachments = new List<AllureAttachment>
            {
                Attach(directory, "request", RequestText(e), "text/plain", "txt"),
                Attach(directory, "response", ResponseText(e), "text/plain", "txt"),
            };
            steps.Add(new AllureStep(CaseText.ExchangeLine(e), e.Error is { Length: > 0 } ? "broken" : "passed", "finished", at, at + took, [], attachments, []));
            at += took;
        }
        foreach (var k in c.Checks)
        {
            var name = (k.Passed ? "check " : k.IsDeviation ? "deviation " : "warning ") + CaseText.Describe(k, c.Section);
            var status = k.Passed || !k.IsDeviation ? "passed" : "failed";
            var details = k.Passed ? null : new AllureStatusDetails($"expected {k.Expected}; actual {k.Actual}", "", k.IsDeviation && o.Gate?.KnownEntry(c.CaseId, k) is not null);
            steps.Add(new AllureStep(name, status, "finished", stop, stop, [new("expected", k.Expected), new("actual", k.Actual)], [], [], details));
        }

        var resultAttachments = new List<AllureAttachment>();
        if (evidence is not null)
        {
            if (evidence.Curl is { } curl) resultAttachments.Add(Attach(directory, "curl reproduction", curl, "text/plain", "sh"));
            resultAttachments.Add(Attach(directory, "what the reference says", EvidenceText(evidence), "text/plain", "txt"));
        }

        var status0 = c.Outcome switch
        {
            CaseOutcome.Passed => "passed",
            CaseOutcome.Skipped => "skipped",
            _ when c.Checks.Where(k => k.IsDeviation).All(k => k.Check == "engine") => "broken",
            _ => "failed",
        };
        AllureStatusDetails? statusDetails = c.Outcome switch
        {
            CaseOutcome.Failed => new(MessageOf(c, known, o.Gate), CaseText.FailureBody(c), known),
            CaseOutcome.Skipped => new(c.SkipReason ?? "skipped", ""),
            _ => null,
        };

        return new AllureResult(uuid, history, history, c.Name, $"{c.Api}.{c.CaseId}", status0, statusDetails, "finished",
            Description(c, sectionName), start, stop, labels, links, parameters, steps, resultAttachments);
    }

    /// <summary>Starts with the check name, which the categories match on: <c>status: expected 200, actual 201 (§4.1.1)</c>.</summary>
    private static string MessageOf(CaseResult c, bool known, RunGate? gate)
    {
        var headline = CaseText.FailureHeadline(c);
        if (!known) return headline;
        var reasons = c.Checks.Where(k => k.IsDeviation).Select(k => gate!.KnownEntry(c.CaseId, k)!.Reason).Distinct();
        return $"{headline} [known deviation, baseline: {string.Join("; ", reasons)}]";
    }

    private static string Description(CaseResult c, string sectionName)
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(sectionName).Append("**\n\n");
        sb.Append("Case `").Append(c.CaseId).Append("` (").Append(CaseText.KindName(c.Kind)).Append("): ").Append(c.Name).Append('\n');
        if (c.SkipReason is { Length: > 0 } skip) sb.Append("\nSkipped: ").Append(skip).Append('\n');
        return sb.ToString();
    }

    private static string EvidenceText(CaseEvidence evidence)
    {
        var sb = new StringBuilder();
        foreach (var item in evidence.Checks)
        {
            sb.Append(item.Check.IsDeviation ? "Deviation: " : "Warning: ").Append(item.Check.Check).Append('\n')
              .Append("  expected: ").Append(item.Check.Expected).Append('\n')
              .Append("  actual:   ").Append(item.Check.Actual).Append('\n');
            foreach (var q in item.Quotes)
            {
                sb.Append("\n").Append(q.Label);
                if (q.DocLine > 0) sb.Append(" (document line ").Append(q.DocLine.ToString(CultureInfo.InvariantCulture)).Append(')');
                sb.Append(":\n").Append(Indent(q.Text)).Append('\n');
            }
            if (item.Diff is { } diff)
            {
                sb.Append("\nField-level diff, ").Append(diff.Against).Append(" → actual:\n");
                foreach (var row in diff.Rows.Where(r => r.IsNotable))
                    sb.Append("  ").Append(row.Path).Append(": documented ").Append(row.Documented ?? "—").Append(", actual ").Append(row.Actual ?? "—")
                      .Append(" (").Append(row.Kind).Append(row.Flagged ? ", named by the check" : "").Append(")\n");
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Indent(string text) => "    " + text.Replace("\n", "\n    ");

    private static string RequestText(Exchange e)
    {
        var sb = new StringBuilder().Append(e.Method).Append(' ').Append(e.Url).Append('\n');
        foreach (var (name, value) in e.RequestHeaders) sb.Append(name).Append(": ").Append(value).Append('\n');
        if (e.RequestBody is { Length: > 0 } body) sb.Append('\n').Append(BodyText.Format(body).Text).Append('\n');
        return sb.ToString();
    }

    private static string ResponseText(Exchange e)
    {
        var sb = new StringBuilder();
        if (e.Error is { Length: > 0 } error) sb.Append("error: ").Append(error).Append('\n');
        sb.Append(e.Status is { } s ? "HTTP " + s.ToString(CultureInfo.InvariantCulture) : "no response").Append('\n');
        foreach (var (name, value) in e.ResponseHeaders) sb.Append(name).Append(": ").Append(value).Append('\n');
        if (e.ResponseBody is { Length: > 0 } body)
        {
            var shown = BodyText.Format(body);
            sb.Append('\n').Append(shown.Text).Append('\n');
            if (shown.Truncated) sb.Append(string.Create(CultureInfo.InvariantCulture, $"[truncated: first {BodyText.Limit:N0} characters of {shown.OriginalLength:N0}]\n"));
        }
        return sb.ToString();
    }

    private static AllureAttachment Attach(string directory, string name, string content, string type, string extension)
    {
        var source = $"{Guid.NewGuid():D}-attachment.{extension}";
        File.WriteAllText(Path.Combine(directory, source), content, new UTF8Encoding(false));
        return new AllureAttachment(name, source, type);
    }

    private static void WriteEnvironment(RunOverview o, string directory)
    {
        var lines = new List<string>
        {
            "target=" + Property(o.Run.Target),
            "mode=" + Property(o.Run.Mode),
            "verdict=" + o.Verdict.Wire(),
            "started=" + o.Run.StartedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        foreach (var api in o.Run.Apis) lines.Add($"spec.{api.Name}=" + Property($"{api.Title} {api.Version} ({api.DocSource})"));
        if (o.Gate?.Baseline is { } b) lines.Add("baseline=" + Property($"{b.Baseline.Source}: gate {(b.Passed ? "passed" : "failed")}"));
        File.WriteAllLines(Path.Combine(directory, "environment.properties"), lines, new UTF8Encoding(false));
    }

    /// <summary>A value for a .properties file: backslashes and line breaks escaped.</summary>
    private static string Property(string value) => value.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "");

    /// <summary>One category per kind of check (messages start with the check name), then known deviations and skips.</summary>
    private static IReadOnlyList<AllureCategory> Categories()
    {
        var categories = new List<AllureCategory> { new("Known deviations (baseline)", ".*\\[known deviation, baseline: .*", ["failed"]) };
        categories.AddRange(CheckCatalog.All.Where(k => k.Severity == CheckSeverity.Deviation)
            .Select(k => new AllureCategory($"Deviation: {k.Name} ({k.Verifies})", "^" + System.Text.RegularExpressions.Regex.Escape(k.Name) + ":.*", ["failed"])));
        categories.Add(new("Run faults (engine)", null, ["broken"]));
        categories.Add(new("Not run (mode, throttling, missing prerequisite)", null, ["skipped"]));
        return categories;
    }

    private static string Uuid(string seed)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(seed));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30); // version 3 (name-based), so the id is stable for the same run
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true).ToString("D");
    }

    private static string Hex(string seed) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(seed))).ToLowerInvariant();
}
