using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.SideApis.Common;

/// <summary>
/// Value rules the related APIs' tables state in prose. Hand-written character checks rather than regular
/// expressions: .NET's <c>$</c> also matches before a trailing newline, and <c>\d</c> matches non-ASCII digits.
/// </summary>
internal static class TextRules
{
    public static void OneOf(string path, string value, IReadOnlyList<string> allowed)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
            throw JsonFields.Invalid($"{path} must be one of {string.Join(", ", allowed)}");
    }

    public static void NotEmpty(string path, string value)
    {
        if (value.Length == 0)
            throw JsonFields.Invalid($"{path} must not be empty");
    }

    /// <summary>Exactly <paramref name="length"/> ASCII letters and digits (the Huawei ids' "32 characters, only letters and digits").</summary>
    public static bool IsAlphanumericId(string value, int length)
        => value.Length == length && value.All(char.IsAsciiLetterOrDigit);

    /// <summary>A TCP port written in decimal ASCII digits, 1 to 65535.</summary>
    public static bool IsPortNumber(string value)
        => value.Length is > 0 and <= 5 && value.All(char.IsAsciiDigit) && int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 65535;
}
