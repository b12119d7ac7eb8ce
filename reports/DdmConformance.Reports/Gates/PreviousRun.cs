using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.Reports.Gates;

/// <summary>A deviation as an earlier run's <c>summary.json</c> recorded it.</summary>
public sealed record RecordedDeviation(string Operation, string Case, string Check, string Expected, string Actual, string Section)
{
    public DeviationKey Key => new(Case, Check);
}

/// <summary>
/// An earlier run, read back from its <c>summary.json</c> (the file behind <c>--compare</c>). Only contract
/// fields are required; <c>caseOutcomes</c> (written since the comparison exists) makes "fixed" precise.
/// </summary>
public sealed class PreviousRun
{
    private PreviousRun(string source, string target, string startedAt, IReadOnlyList<RecordedDeviation> deviations, IReadOnlyDictionary<string, string>? caseOutcomes)
    {
        Source = source;
        Target = target;
        StartedAt = startedAt;
        Deviations = deviations;
        CaseOutcomes = caseOutcomes;
    }

    public string Source { get; }

    public string Target { get; }

    /// <summary>As written in the file (ISO 8601), or empty.</summary>
    public string StartedAt { get; }

    public IReadOnlyList<RecordedDeviation> Deviations { get; }

    /// <summary>Outcome per case id (<c>passed</c>, <c>failed</c>, <c>skipped</c>), when the file has them.</summary>
    public IReadOnlyDictionary<string, string>? CaseOutcomes { get; }

    public static PreviousRun Load(string path)
    {
        if (!File.Exists(path)) throw new GateInputException($"previous summary '{path}' does not exist (--compare takes the summary.json of an earlier run)");
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new GateInputException($"previous summary '{path}' is not valid JSON: {e.Message}");
        }
        if (root is not JsonObject o || o["deviations"] is not JsonArray list)
            throw new GateInputException($"'{path}' is not a summary.json of ddm-conformance (no \"deviations\" list)");

        var deviations = list.OfType<JsonObject>()
            .Select(d => new RecordedDeviation(Text(d, "operation"), Text(d, "case"), Text(d, "check"), Text(d, "expected"), Text(d, "actual"), Text(d, "section")))
            .Where(d => d.Case.Length > 0)
            .ToList();
        Dictionary<string, string>? outcomes = null;
        if (o["caseOutcomes"] is JsonObject map)
            outcomes = map.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        return new PreviousRun(path, Text(o, "target"), Text(o, "startedAt"), deviations, outcomes);
    }

    private static string Text(JsonObject o, string name)
        => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
