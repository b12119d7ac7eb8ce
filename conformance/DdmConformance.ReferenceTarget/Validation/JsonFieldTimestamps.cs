using System.Text.Json;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>Timestamps sent as numbers: milliseconds since the Unix epoch (Tables 4-506, 4-514).</summary>
internal readonly partial struct JsonFields
{
    /// <summary>Upper bound of <see cref="DateTimeOffset.FromUnixTimeMilliseconds"/> (year 9999).</summary>
    public const long MaxEpochMillis = 253402300799999;

    public DateTimeOffset RequiredEpochMillis(string name)
        => OptionalEpochMillis(name) ?? throw Invalid($"{PathOf(name)} is mandatory");

    public DateTimeOffset? OptionalEpochMillis(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return null;
        if (value.ValueKind != JsonValueKind.Number)
            throw WrongType(name, "a number (milliseconds since 1970-01-01)", value);
        // A Number: 1747732352076 and 1747732352076.0 both name that millisecond; fractions of one do not.
        if (!value.TryGetDecimal(out var number) || number != decimal.Truncate(number) || number is < 0 or > MaxEpochMillis)
            throw Invalid($"{PathOf(name)} must be a whole number of milliseconds from 0 to {MaxEpochMillis}");
        return DateTimeOffset.FromUnixTimeMilliseconds((long)number);
    }
}
