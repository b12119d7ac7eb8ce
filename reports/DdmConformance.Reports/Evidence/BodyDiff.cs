using DdmConformance.Engine.Checks;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.Reports.Evidence;

internal enum DiffKind
{
    /// <summary>Same value as documented.</summary>
    Same,

    /// <summary>Same JSON type, another value (ids, names, times usually differ, and rightly).</summary>
    OtherValue,

    /// <summary>The documentation shows the field; the target did not send it.</summary>
    Missing,

    /// <summary>The target sent a field the documentation does not show.</summary>
    Extra,

    /// <summary>Another JSON type than documented.</summary>
    OtherType,
}

/// <param name="Flagged">A failed check names this field.</param>
internal sealed record DiffRow(string Path, string? Documented, string? Actual, DiffKind Kind, bool Flagged)
{
    /// <summary>Rows a reviewer must see; the rest are shown folded.</summary>
    public bool IsNotable => Flagged || Kind is DiffKind.Missing or DiffKind.OtherType or DiffKind.Extra;
}

/// <summary>A field-by-field comparison of a documented body (an example, or a documented shape) with the body the target sent.</summary>
/// <param name="Against">What the left column is: "documented example 'ok' (document line 1088)".</param>
internal sealed record BodyDiffResult(string Against, IReadOnlyList<DiffRow> Rows, bool Truncated);

internal static class BodyDiff
{
    private const int MaxRows = 300;
    private const int MaxValueLength = 120;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Compares <paramref name="documentedJson"/> with <paramref name="actualBody"/>; null when either is not JSON.
    /// Arrays are compared by their first element (examples show one item). With <paramref name="compareValues"/>
    /// off, only presence and type count (for documented shapes whose values are placeholders).
    /// </summary>
    public static BodyDiffResult? Compare(string against, string documentedJson, string? actualBody, IReadOnlyCollection<string> flagged, bool compareValues = true)
    {
        if (!TryParse(documentedJson, out var documented) || !TryParse(actualBody, out var actual)) return null;
        var rows = new List<DiffRow>();
        var truncated = false;
        void Add(string path, JsonNode? doc, bool hasDoc, JsonNode? act, bool hasAct)
        {
            if (rows.Count >= MaxRows)
            {
                truncated = true;
                return;
            }
            var kind = !hasAct ? DiffKind.Missing
                : !hasDoc ? DiffKind.Extra
                : JsonKinds.Of(doc) != JsonKinds.Of(act) ? DiffKind.OtherType
                : !compareValues || JsonNode.DeepEquals(doc, act) ? DiffKind.Same
                : DiffKind.OtherValue;
            rows.Add(new DiffRow(path.Length == 0 ? "(body)" : path, hasDoc ? Show(doc) : null, hasAct ? Show(act) : null, kind, IsFlagged(path, flagged)));
        }

        void Walk(string path, JsonNode? doc, JsonNode? act)
        {
            switch (doc, act)
            {
                case (JsonObject d, JsonObject a):
                    foreach (var (key, value) in d)
                    {
                        var child = Join(path, key);
                        if (a.TryGetPropertyValue(key, out var actualValue)) Walk(child, value, actualValue);
                        else Add(child, value, true, null, false);
                    }
                    foreach (var (key, value) in a)
                        if (!d.ContainsKey(key)) Add(Join(path, key), null, false, value, true);
                    break;
                case (JsonArray d, JsonArray a) when d.Count > 0 && a.Count > 0:
                    Walk(path + "[0]", d[0], a[0]);
                    break;
                default:
                    Add(path, doc, true, act, true);
                    break;
            }
        }

        Walk("", documented, actual);
        return new BodyDiffResult(against, rows, truncated);
    }

    private static bool IsFlagged(string path, IReadOnlyCollection<string> flagged)
    {
        if (flagged.Count == 0) return false;
        var normalized = FieldPaths.Normalize(path);
        return flagged.Any(f => f == normalized);
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static string Show(JsonNode? n)
    {
        var text = n is null ? "null" : n.ToJsonString(Compact);
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";
    }

    private static bool TryParse(string? json, out JsonNode? node)
    {
        node = null;
        if (string.IsNullOrWhiteSpace(json)) return false;
        var first = json.AsSpan().TrimStart()[0];
        if (first is not ('{' or '[')) return false;
        try
        {
            node = JsonNode.Parse(json);
            return node is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
