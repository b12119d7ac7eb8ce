using System.Globalization;
using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>
/// Query parameters that carry a UNIX timestamp in milliseconds (4.5.2 <c>start_time</c>/<c>end_time</c>,
/// typed Long; 4.6.1 <c>startDate</c>/<c>endDate</c>, typed String but "UNIX timestamp, in milliseconds").
/// Digits only: a sign, a fraction or an exponent is not a timestamp.
/// </summary>
internal static class EpochMillis
{
    private static readonly long Latest = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public static DateTimeOffset Required(IQueryCollection query, string name)
    {
        var raw = QueryParameters.RequiredString(query, name);
        if (raw.Length > 15 || !raw.All(char.IsAsciiDigit)
            || !long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms > Latest)
            throw new ApiErrorException(ApiError.InvalidParameter($"query parameter {name} must be a UNIX timestamp in milliseconds, not '{raw}'"));
        return DateTimeOffset.FromUnixTimeMilliseconds(ms);
    }
}
