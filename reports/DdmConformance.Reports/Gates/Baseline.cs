using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Gates;

/// <summary>A known deviation: accepted for a reason, optionally until a date.</summary>
/// <param name="Expires">Last day the entry holds; from the day after, the run fails until it is renewed or fixed.</param>
/// <param name="Expected">What the reference said when the entry was recorded (for the reader; not matched).</param>
/// <param name="Actual">What the target did when the entry was recorded (for the reader; not matched).</param>
public sealed record BaselineEntry(string Case, string Check, string Operation, string Section, string Reason, DateOnly? Expires, string Expected, string Actual)
{
    public DeviationKey Key => new(Case, Check);

    public bool IsExpiredOn(DateOnly day) => Expires is { } last && day > last;
}

/// <summary>
/// The file behind <c>--baseline</c>: deviations a team knows about and accepts for now. Matched by case
/// id and check (<see cref="DeviationKey"/>). Human-edited, so reading is forgiving about comments and
/// trailing commas and strict about what matters: every entry needs a case, a check and a reason.
/// </summary>
public sealed class Baseline
{
    public const string PlaceholderReason = "TODO: say why this deviation is accepted";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Baseline(IReadOnlyList<BaselineEntry> entries, string source = "")
    {
        Entries = entries;
        Source = source;
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Where the baseline was read from (for messages), or empty.</summary>
    public string Source { get; }

    /// <summary>Reads a baseline file; anything wrong with it is a <see cref="GateInputException"/> naming the entry.</summary>
    public static Baseline Load(string path)
    {
        if (!File.Exists(path)) throw new GateInputException($"baseline file '{path}' does not exist (write one with --write-baseline)");
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new GateInputException($"baseline '{path}' is not valid JSON: {e.Message}");
        }
        if (root?["deviations"] is not JsonArray items)
            throw new GateInputException($"baseline '{path}' has no \"deviations\" list");

        var entries = new List<BaselineEntry>();
        var seen = new HashSet<DeviationKey>();
        for (var i = 0; i < items.Count; i++)
        {
            var where = $"baseline '{path}', entry {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            if (items[i] is not JsonObject item) throw new GateInputException($"{where} is not an object");
            var caseId = Text(item, "case");
            var check = Text(item, "check");
            var reason = Text(item, "reason");
            if (caseId.Length == 0) throw new GateInputException($"{where}: \"case\" is required (the case id, e.g. listInstances/example/listInstances)");
            if (check.Length == 0) throw new GateInputException($"{where} ({caseId}): \"check\" is required (e.g. status, schema)");
            if (reason.Length == 0) throw new GateInputException($"{where} ({caseId} [{check}]): \"reason\" is required: say why the deviation is accepted");
            DateOnly? expires = null;
            var expiresText = Text(item, "expires");
            if (expiresText.Length > 0)
            {
                if (!DateOnly.TryParseExact(expiresText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    throw new GateInputException($"{where} ({caseId} [{check}]): \"expires\" must be a date YYYY-MM-DD, got '{expiresText}'");
                expires = day;
            }
            var entry = new BaselineEntry(caseId, check, Text(item, "operation"), Text(item, "section"), reason, expires, Text(item, "expected"), Text(item, "actual"));
            if (!seen.Add(entry.Key)) throw new GateInputException($"{where}: {entry.Key} is listed twice");
            entries.Add(entry);
        }
        return new Baseline(entries, path);
    }

    /// <summary>
    /// A baseline of every deviation of <paramref name="run"/>. Reasons and expiry dates of entries already in
    /// <paramref name="keep"/> are carried over; new entries get a placeholder reason to be replaced.
    /// </summary>
    public static Baseline Record(RunResult run, Baseline? keep = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var previous = keep?.Entries.ToDictionary(e => e.Key) ?? [];
        var entries = new List<BaselineEntry>();
        var seen = new HashSet<DeviationKey>();
        foreach (var d in run.Deviations)
        {
            var key = DeviationKey.Of(d);
            if (!seen.Add(key)) continue;
            var old = previous.GetValueOrDefault(key);
            entries.Add(new BaselineEntry(d.Case, d.Check, d.Operation, d.Section, old?.Reason ?? PlaceholderReason, old?.Expires, d.Expected, d.Actual));
        }
        return new Baseline(entries);
    }

    /// <summary>Writes the baseline as indented JSON, one entry per deviation, in run order.</summary>
    public void Save(string path)
    {
        var root = new JsonObject
        {
            ["$comment"] = "Known deviations (ddm-conformance --baseline). The run fails on a deviation not listed here, on an entry that no longer occurs (remove it), and on an entry past its \"expires\" date (YYYY-MM-DD, optional). Every entry needs a reason. Entries match by case and check; expected/actual are for the reader.",
            ["deviations"] = new JsonArray(Entries.Select(ToJson).ToArray<JsonNode?>()),
        };
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        File.WriteAllText(path, root.ToJsonString(WriteOptions) + "\n");
    }

    private static JsonObject ToJson(BaselineEntry e)
    {
        var o = new JsonObject
        {
            ["case"] = e.Case,
            ["check"] = e.Check,
            ["operation"] = e.Operation,
            ["section"] = e.Section,
            ["reason"] = e.Reason,
        };
        if (e.Expires is { } day) o["expires"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        o["expected"] = e.Expected;
        o["actual"] = e.Actual;
        return o;
    }

    private static string Text(JsonObject o, string name)
        => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : "";
}
