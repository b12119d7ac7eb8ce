using System.Globalization;
using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

/// <summary>
/// The daily window of an automatic route switch (<c>hh:mm:ss</c> to <c>hh:mm:ss</c>, the same day, UTC).
/// The document states the interval rule three ways: 4.3.15 "cannot be less than 60 minutes", 4.3.21
/// "cannot exceed 1 hour", A.3 DBS.300377 "longer than 1 hour"; each operation follows its own table.
/// </summary>
internal sealed record SwitchWindow(TimeOnly Begin, TimeOnly End)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public bool Contains(TimeOnly time) => time >= Begin && time < End;

    public string BeginText => Begin.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public string EndText => End.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>
    /// Both times or neither (manual switching: null); each <c>hh:mm:ss</c>; the start before the end;
    /// the interval at least an hour (4.3.15) or at most an hour (4.3.21). Anything else is DBS.300377.
    /// </summary>
    public static SwitchWindow? Read(string? begin, string? end, bool atMostAnHour)
    {
        if (begin is null && end is null)
            return null;
        if (begin is null || end is null)
            throw Invalid("switch_route_begin_time and switch_route_end_time go together");
        var window = new SwitchWindow(Parse("switch_route_begin_time", begin), Parse("switch_route_end_time", end));
        if (window.End <= window.Begin)
            throw Invalid("the switch window must start before it ends, on the same day");
        var length = window.End - window.Begin;
        if (atMostAnHour ? length > Hour : length < Hour)
            throw Invalid(atMostAnHour ? "the switch window cannot exceed 1 hour (4.3.21)" : "the switch window cannot be shorter than 60 minutes (4.3.15)");
        return window;
    }

    private static TimeOnly Parse(string field, string value)
    {
        // hh:mm:ss exactly, 00–23 hours: TimeOnly.ParseExact alone would take "7:00:00" with "H".
        if (value.Length != 8 || value[2] != ':' || value[5] != ':' || !value.Where((_, i) => i is not (2 or 5)).All(char.IsAsciiDigit)
            || !TimeOnly.TryParseExact(value, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            throw Invalid($"{field} must be hh:mm:ss, not '{value}'");
        return time;
    }

    private static ApiErrorException Invalid(string detail) => new(SchemaErrors.InvalidTimeRange(detail));
}
