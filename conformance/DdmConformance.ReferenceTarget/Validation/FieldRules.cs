namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>
/// The value rules the tables state in prose (lengths, first character, character sets, enums, ranges).
/// Hand-written character checks rather than regular expressions: .NET's <c>$</c> also matches before
/// a trailing newline, and <c>\d</c> matches non-ASCII digits.
/// </summary>
internal static class FieldRules
{
    /// <summary>Table 4-7 / 4-28: 4 to 64 characters, starts with a letter, letters, digits, _ and -.</summary>
    public static void InstanceName(string path, string value)
    {
        Length(path, value, 4, 64);
        if (!IsAsciiLetter(value[0]))
            throw JsonFields.Invalid($"{path} must start with a letter");
        if (!value.All(c => IsAsciiLetter(c) || char.IsAsciiDigit(c) || c is '_' or '-'))
            throw JsonFields.Invalid($"{path} may contain only letters, digits, underscores (_) and hyphens (-)");
    }

    /// <summary>Table 4-7: 1 to 32 characters, starts with a letter, letters, digits and _.</summary>
    public static void AdminUsername(string path, string value)
    {
        Length(path, value, 1, 32);
        if (!IsAsciiLetter(value[0]))
            throw JsonFields.Invalid($"{path} must start with a letter");
        if (!value.All(c => IsAsciiLetter(c) || char.IsAsciiDigit(c) || c == '_'))
            throw JsonFields.Invalid($"{path} may contain only letters, digits and underscores (_)");
    }

    private const string PasswordSpecials = "~!@#%^*-_+?";

    /// <summary>Table 4-7: 8 to 32 characters combining upper and lower case letters, digits and ~!@#%^*-_+?.</summary>
    public static void AdminPassword(string path, string value)
    {
        Length(path, value, 8, 32);
        if (!value.All(c => IsAsciiLetter(c) || char.IsAsciiDigit(c) || PasswordSpecials.Contains(c)))
            throw JsonFields.Invalid($"{path} may contain only letters, digits and {PasswordSpecials}");
        if (!(value.Any(char.IsAsciiLetterUpper) && value.Any(char.IsAsciiLetterLower)
              && value.Any(char.IsAsciiDigit) && value.Any(PasswordSpecials.Contains)))
            throw JsonFields.Invalid($"{path} must combine uppercase and lowercase letters, digits and special characters");
    }

    /// <summary>Table 4-7: the time zones the document lists (note: no UTC+04:00).</summary>
    public static readonly IReadOnlyList<string> TimeZones =
    [
        "UTC", "UTC-12:00", "UTC-11:00", "UTC-10:00", "UTC-09:00", "UTC-08:00", "UTC-07:00", "UTC-06:00",
        "UTC-05:00", "UTC-04:00", "UTC-03:00", "UTC-02:00", "UTC-01:00", "UTC+01:00", "UTC+02:00", "UTC+03:00",
        "UTC+05:00", "UTC+06:00", "UTC+07:00", "UTC+08:00", "UTC+09:00", "UTC+10:00", "UTC+11:00", "UTC+12:00",
    ];

    public static void OneOf(string path, string value, IReadOnlyList<string> allowed)
    {
        if (!allowed.Contains(value, StringComparer.Ordinal))
            throw JsonFields.Invalid($"{path} must be one of {string.Join(", ", allowed)}");
    }

    public static void Range(string path, int value, int min, int max)
    {
        if (value < min || value > max)
            throw JsonFields.Invalid($"{path} must be between {min} and {max}");
    }

    public static void NotEmpty(string path, string value)
    {
        if (value.Length == 0)
            throw JsonFields.Invalid($"{path} must not be empty");
    }

    /// <summary>An IPv4 address in dotted-quad form (Tables 4-162, 4-169: "the standard IP address format").</summary>
    public static void Ipv4(string path, string value)
    {
        var parts = value.Split('.');
        if (parts.Length != 4 || !parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p) <= 255))
            throw JsonFields.Invalid($"{path} must be an IPv4 address");
    }

    /// <summary>Table 4-162: "the standard UUID format" (8-4-4-4-12 hexadecimal digits).</summary>
    public static void Uuid(string path, string value)
    {
        var groups = value.Split('-');
        int[] lengths = [8, 4, 4, 4, 12];
        if (groups.Length != 5 || !groups.Select((g, i) => g.Length == lengths[i] && g.All(char.IsAsciiHexDigit)).All(ok => ok))
            throw JsonFields.Invalid($"{path} must be a UUID");
    }

    private static void Length(string path, string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
            throw JsonFields.Invalid($"{path} must have {min} to {max} characters");
    }

    private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);
}
