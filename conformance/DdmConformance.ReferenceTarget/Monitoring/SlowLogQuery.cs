using System.Globalization;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Monitoring;

/// <summary>
/// The query of 4.6.1 (Table 4-422), every parameter mandatory and typed String: <c>curPage</c> from 1,
/// <c>perPage</c> a positive number of records, <c>startDate</c>/<c>endDate</c> in milliseconds, the end not
/// before the start and "no more than 7 days" after it.
/// </summary>
internal sealed record SlowLogQuery(int CurPage, int PerPage, DateTimeOffset From, DateTimeOffset To)
{
    public static readonly TimeSpan LongestRange = TimeSpan.FromDays(7);

    public static SlowLogQuery Read(IQueryCollection query)
    {
        var curPage = Positive(query, "curPage");
        var perPage = Positive(query, "perPage");
        var from = EpochMillis.Required(query, "startDate");
        var to = EpochMillis.Required(query, "endDate");
        if (to < from)
            throw Invalid("endDate is before startDate");
        if (to - from > LongestRange)
            throw Invalid("startDate and endDate are more than 7 days apart");
        return new SlowLogQuery(curPage, perPage, from, to);
    }

    public IEnumerable<T> Page<T>(IEnumerable<T> all) => all.Skip((int)Math.Min(int.MaxValue, (long)(CurPage - 1) * PerPage)).Take(PerPage);

    // curPage's pattern is ^[1-9][0-9]*$; perPage is a count of records, so the same rule applies.
    private static int Positive(IQueryCollection query, string name)
    {
        var raw = QueryParameters.RequiredString(query, name);
        return raw[0] != '0' && raw.All(char.IsAsciiDigit) && int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"query parameter {name} must be a whole number from 1, not '{raw}'");
    }

    private static ApiErrorException Invalid(string detail) => new(ApiError.InvalidParameter(detail));
}
