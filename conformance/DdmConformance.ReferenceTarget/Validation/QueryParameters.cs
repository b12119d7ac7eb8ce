using System.Globalization;
using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>
/// Query parameter rules (Tables 4-13, 4-39). A parameter given twice, or given empty, is a parameter
/// error: neither has an unambiguous meaning. Parameters the operation does not define are ignored.
/// </summary>
internal static class QueryParameters
{
    public static int OptionalInt32(IQueryCollection query, string name, int defaultValue, int min, int max)
    {
        var raw = Single(query, name);
        if (raw is null)
            return defaultValue;
        // Digits only (int.TryParse alone would accept trailing NUL characters).
        var digits = raw.StartsWith('-') ? raw[1..] : raw;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)
            || !int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Invalid($"query parameter {name} must be an integer, not '{raw}'");
        if (value < min || value > max)
            throw Invalid(max == int.MaxValue
                ? $"query parameter {name} must be at least {min}"
                : $"query parameter {name} must be between {min} and {max}");
        return value;
    }

    public static string? OptionalEnum(IQueryCollection query, string name, IReadOnlyList<string> allowed)
    {
        var raw = Single(query, name);
        if (raw is not null && !allowed.Contains(raw, StringComparer.Ordinal))
            throw Invalid($"query parameter {name} must be one of {string.Join(", ", allowed)}");
        return raw;
    }

    /// <summary>A string parameter; given twice or empty it is a parameter error, like every parameter.</summary>
    public static string? OptionalString(IQueryCollection query, string name) => Single(query, name);

    public static string RequiredString(IQueryCollection query, string name)
        => Single(query, name) ?? throw Invalid($"query parameter {name} is mandatory");

    private static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values))
            return null;
        if (values.Count != 1)
            throw Invalid($"query parameter {name} is given {values.Count} times");
        var value = values[0] ?? "";
        return value.Length == 0 ? throw Invalid($"query parameter {name} is empty") : value;
    }

    private static ApiErrorException Invalid(string detail) => new(ApiError.InvalidParameter(detail));
}
