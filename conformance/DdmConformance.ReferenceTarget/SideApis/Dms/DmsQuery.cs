using System.Globalization;
using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// Typed access to the query parameters of an RPC-style DMS call. A parameter given twice is invalid (which
/// value counts would be ambiguous); an empty one counts as not given, as RPC clients send unset values
/// empty. Parameters an action does not define are ignored (AccessKeyId, Signature, Version…).
/// </summary>
internal sealed class DmsQuery(IQueryCollection query)
{
    /// <summary>Every given parameter, for the conditional requirements.</summary>
    public bool Has(string name) => Optional(name) is not null;

    public string? Optional(string name)
    {
        if (!query.TryGetValue(name, out var values))
            return null;
        if (values.Count != 1)
            throw new SideErrorException(DmsErrors.InvalidParameter(name, $"{name} is given {values.Count} times"));
        return values[0] is { Length: > 0 } value ? value : null;
    }

    public string Required(string name) => Optional(name) ?? throw new SideErrorException(DmsErrors.MissingParameter(name));

    public string RequiredEnum(string name, IReadOnlyList<string> allowed)
    {
        var value = Required(name);
        return allowed.Contains(value, StringComparer.Ordinal) ? value
            : throw new SideErrorException(DmsErrors.InvalidParameter(name, $"{name} must be one of {string.Join(", ", allowed)}"));
    }

    public long RequiredInt64(string name, long min = long.MinValue, long max = long.MaxValue)
        => OptionalInt64(name, min, max) ?? throw new SideErrorException(DmsErrors.MissingParameter(name));

    public long? OptionalInt64(string name, long min = long.MinValue, long max = long.MaxValue)
    {
        if (Optional(name) is not { } raw)
            return null;
        // ASCII digits only: long.TryParse alone would take "+5", " 5" or non-ASCII digits.
        var digits = raw.StartsWith('-') ? raw[1..] : raw;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || !long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw new SideErrorException(DmsErrors.InvalidParameter(name, $"{name} must be an integer, not '{raw}'"));
        if (value < min || value > max)
            throw new SideErrorException(DmsErrors.InvalidParameter(name, $"{name} must be between {min} and {max}"));
        return value;
    }

    /// <summary>An integer parameter whose table lists its values (DdlOnline 0/1/2, UseDsql 0/1).</summary>
    public long? OptionalInt64Enum(string name, IReadOnlyList<long> allowed)
    {
        var value = OptionalInt64(name);
        return value is null || allowed.Contains(value.Value) ? value
            : throw new SideErrorException(DmsErrors.InvalidParameter(name, $"{name} must be one of {string.Join(", ", allowed)}"));
    }

    public bool? OptionalBoolean(string name) => Optional(name) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var raw => throw new SideErrorException(DmsErrors.InvalidParameter(name, $"{name} must be true or false, not '{raw}'")),
    };
}
