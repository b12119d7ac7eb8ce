using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DdmConformance.Api;

namespace DdmConformance.Engine.Planning;

/// <summary>
/// Documented examples carry the dates they were written on (<c>start_time=1746028800000</c>, May 2025), and
/// the API limits how far back a query may reach (30 days for tasks, 7 for logs). Replayed as written they
/// would fail for their age, not for the target. So the times of one request — query values and body fields
/// named like times, in epoch milliseconds or ISO 8601 — move together, keeping their spacing, until the
/// latest is a few minutes before now. Mandatory time parameters the example leaves open get a recent value.
/// </summary>
public static partial class DocumentedTimes
{
    /// <summary>How far before now the latest documented time lands: inside every "recent" window, never in the future.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private static readonly long EarliestMillis = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly long LatestMillis = new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    /// <summary>Whether a parameter or field name speaks of a point in time.</summary>
    public static bool IsTimeName(string name)
        => name.Contains("time", StringComparison.OrdinalIgnoreCase) || name.Contains("date", StringComparison.OrdinalIgnoreCase);

    /// <summary>A recent value for a mandatory time parameter: a start an hour ago, an end or a point a little before now.</summary>
    public static string Fresh(string name, string schemaJson, DateTimeOffset now)
    {
        var at = name.Contains("start", StringComparison.OrdinalIgnoreCase) || name.Contains("begin", StringComparison.OrdinalIgnoreCase)
            ? now - Margin - TimeSpan.FromHours(1)
            : now - Margin;
        // A pattern with a 'T' asks for ISO 8601 (4.7.5: yyyy-mm-ddThh:mm:ss+0000); otherwise epoch milliseconds.
        var isoWanted = JsonNode.Parse(schemaJson) is JsonObject s && ((string?)s["pattern"])?.Contains('T') == true;
        return isoWanted ? Iso(at.ToOffset(TimeSpan.Zero), "+0000") : at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Moves every documented time of <paramref name="request"/> so the latest lands just before <paramref name="now"/>.</summary>
    public static void Refresh(ApiRequest request, DateTimeOffset now)
    {
        var body = request.JsonBody is { } json ? JsonNode.Parse(json) : null;
        var times = request.Query.Where(q => IsTimeName(q.Key)).Select(q => Parse(q.Value))
            .Concat(BodyTimes(body).Select(t => t.At))
            .OfType<DateTimeOffset>().ToList();
        if (times.Count == 0) return;
        var shift = now - Margin - times.Max();
        if (shift <= TimeSpan.Zero) return;

        for (var i = 0; i < request.Query.Count; i++)
            if (IsTimeName(request.Query[i].Key) && Shifted(request.Query[i].Value, shift) is { } moved)
                request.Query[i] = new(request.Query[i].Key, moved);
        if (body is null) return;
        foreach (var (holder, key, _) in BodyTimes(body).ToList())
        {
            var value = holder[key]!.AsValue();
            var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
            if (Shifted(text, shift) is not { } moved) continue;
            holder[key] = value.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(long.Parse(moved, CultureInfo.InvariantCulture)) : JsonValue.Create(moved);
        }
        request.JsonBody = body.ToJsonString();
    }

    private static IEnumerable<(JsonObject Holder, string Key, DateTimeOffset? At)> BodyTimes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (value is JsonValue v && IsTimeName(key))
                        yield return (obj, key, Parse(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()));
                    foreach (var inner in BodyTimes(value)) yield return inner;
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    foreach (var inner in BodyTimes(item)) yield return inner;
                break;
        }
    }

    private static string? Shifted(string text, TimeSpan shift)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var millis) && millis >= EarliestMillis && millis < LatestMillis)
            return (millis + (long)shift.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        var iso = IsoTime().Match(text);
        if (!iso.Success || Parse(text) is not { } at) return null;
        var offset = iso.Groups["offset"].Value;
        return offset.Length == 0 ? (at + shift).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : Iso((at + shift).ToOffset(at.Offset), offset);
    }

    private static DateTimeOffset? Parse(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
            return millis >= EarliestMillis && millis < LatestMillis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null;
        if (!IsoTime().IsMatch(text)) return null;
        var normalised = Regex.Replace(text, @"([+-]\d{2})(\d{2})$", "$1:$2");
        return DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss</c> and the offset written in the style given: <c>Z</c>, <c>+08:00</c> or <c>+0800</c>.</summary>
    private static string Iso(DateTimeOffset at, string offsetStyle)
    {
        if (offsetStyle == "Z") return at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var offset = at.ToString("zzz", CultureInfo.InvariantCulture);
        return at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + (offsetStyle.Contains(':') ? offset : offset.Replace(":", "", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(?<offset>Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex IsoTime();
}
