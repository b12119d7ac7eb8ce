using System.Globalization;
using System.Text.Json;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>
/// The inputs of 4.7: the session lists' <c>keyword</c> (Tables 4-429, 4-437: a fuzzy match, at most 255
/// characters), the kills' <c>process_ids</c> (Tables 4-434, 4-442: 1 to 100 ids) and the audit log's time
/// range (Table 4-445).
/// </summary>
internal static class SessionQueries
{
    public const int MaxKeywordLength = 255;

    /// <summary>The keyword, or null when the request has none.</summary>
    public static string? Keyword(IQueryCollection query)
    {
        var keyword = QueryParameters.OptionalString(query, "keyword");
        if (keyword is { Length: > MaxKeywordLength })
            throw Invalid($"query parameter keyword must have at most {MaxKeywordLength} characters");
        return keyword;
    }

    /// <summary>Fuzzy match: the keyword occurs in any field, ignoring case.</summary>
    public static bool Matches(string? keyword, params string[] fields)
        => keyword is null || fields.Any(f => f.Contains(keyword, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The session ids to kill. They are strings in the tables, but a session id is a connection number (the
    /// examples' "12312", "43534"): anything else names no session and is a parameter error.
    /// </summary>
    public static IReadOnlyList<long> ProcessIds(JsonElement body)
    {
        var raw = JsonFields.Root(body).RequiredStringArray("process_ids");
        if (raw.Count is < 1 or > 100)
            throw Invalid($"process_ids must have 1 to 100 items, not {raw.Count}");
        return raw.Select(id => id.Length is > 0 and <= 18 && id.All(char.IsAsciiDigit)
                ? long.Parse(id, CultureInfo.InvariantCulture)
                : throw Invalid($"process_ids: '{id}' is not a session id"))
            .ToList();
    }

    /// <summary>Table 4-445: both ends mandatory, the end not before the start, at most 7 days apart.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) AuditWindow(IQueryCollection query)
    {
        var from = ZonedTime(query, "start_time");
        var to = ZonedTime(query, "end_time");
        if (to < from)
            throw Invalid("end_time is before start_time");
        if (to - from > TimeSpan.FromDays(7))
            throw Invalid("start_time and end_time are more than 7 days apart");
        return (from, to);
    }

    /// <summary>
    /// <c>yyyy-mm-ddThh:mm:ss±hhmm</c>. The document's URI example writes the offset's <c>+</c> unencoded, which
    /// a query string reads as a space: a space in the sign's place is taken for the <c>+</c> it was meant as.
    /// </summary>
    private static DateTimeOffset ZonedTime(IQueryCollection query, string name)
    {
        var raw = QueryParameters.RequiredString(query, name);
        if (raw.Length == 24 && raw[19] is '+' or '-' or ' ' && raw[20..].All(char.IsAsciiDigit)
            && DateTime.TryParseExact(raw[..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && int.Parse(raw[20..22], CultureInfo.InvariantCulture) is var hours and <= 14
            && int.Parse(raw[22..], CultureInfo.InvariantCulture) is var minutes and < 60)
        {
            var offset = new TimeSpan(hours, minutes, 0);
            return new DateTimeOffset(local, raw[19] == '-' ? -offset : offset);
        }
        throw Invalid($"query parameter {name} must be yyyy-mm-ddThh:mm:ss followed by a zone offset such as +0800, not '{raw}'");
    }

    private static ApiErrorException Invalid(string detail) => new(ApiError.InvalidParameter(detail));
}
