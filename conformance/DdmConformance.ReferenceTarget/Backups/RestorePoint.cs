using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>
/// The point in time a restoration refers to. Query parameters carry it as a string of epoch milliseconds
/// (the examples: <c>restore_time=1747728424956</c>), bodies as a number; either way it must lie within the
/// source instance's restorable range (4.9.5).
/// </summary>
internal static class RestorePoint
{
    public static DateTimeOffset FromQuery(IQueryCollection query, string name)
    {
        var raw = QueryParameters.RequiredString(query, name);
        if (!raw.All(char.IsAsciiDigit) || !long.TryParse(raw, out var millis) || millis > JsonFields.MaxEpochMillis)
            throw JsonFields.Invalid($"query parameter {name} must be a time in milliseconds since 1970-01-01, not '{raw}'");
        return DateTimeOffset.FromUnixTimeMilliseconds(millis);
    }

    /// <summary>400 unless <paramref name="point"/> lies within <paramref name="range"/> (an instance without backups has none).</summary>
    public static void RequireWithin(RestorableRange? range, DateTimeOffset point, string field)
    {
        if (range is not { } r || !r.Contains(point))
            throw new ApiErrorException(ApiError.InvalidParameter(range is { } known
                ? $"{field} {point:yyyy-MM-ddTHH:mm:ss.fffZ} is outside the restorable range {known.Start:yyyy-MM-ddTHH:mm:ssZ} to {known.End:yyyy-MM-ddTHH:mm:ssZ} (4.9.5)"
                : $"the instance has no backups, so no {field} is restorable (4.9.5)"));
    }
}
