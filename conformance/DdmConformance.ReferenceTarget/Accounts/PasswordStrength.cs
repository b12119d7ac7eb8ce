namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// What 4.4.7 calls a weak password: "overly simple and easily guessed". The document gives no list, so the
/// target takes the usual one: shorter than 8 characters, fewer than three kinds of characters,
/// or built on a well-known password or keyboard walk (<c>Admin@123</c>, <c>P@ssw0rd</c>,
/// <c>Qwerty123!</c>). The v3 account and administrator APIs refuse such passwords (DBS.300306).
/// </summary>
internal static class PasswordStrength
{
    private const string AnySpecial = "~!@#$%^&*()-_+=?/\\|[]{}:;'\",.<>`";

    private static readonly string[] KnownWords =
    [
        "password", "passwd", "admin", "root", "huawei", "qwerty", "asdfgh", "zxcvbn", "1qaz2wsx", "qazwsx",
        "abc123", "123456", "654321", "welcome", "letmein", "iloveyou", "test", "user", "guest", "ddm",
    ];

    public static bool IsWeak(string password)
    {
        if (password.Length < 8 || Kinds(password, AnySpecial) < 3)
            return true;
        // A known word with only digits and specials around it is as guessable as the word; guessers also
        // undo the usual symbol-for-letter substitutions ("P@ssw0rd").
        var lower = password.ToLowerInvariant();
        return new[] { lower, Unsubstituted(lower) }.Any(candidate => KnownWords.Any(word =>
            candidate.Contains(word, StringComparison.Ordinal)
            && !candidate.Replace(word, "", StringComparison.Ordinal).Any(char.IsAsciiLetter)));
    }

    /// <summary>How many of lowercase letters, uppercase letters, digits and <paramref name="specials"/> occur.</summary>
    public static int Kinds(string password, string specials)
        => new[]
        {
            password.Any(char.IsAsciiLetterLower), password.Any(char.IsAsciiLetterUpper),
            password.Any(char.IsAsciiDigit), password.Any(specials.Contains),
        }.Count(present => present);

    private static string Unsubstituted(string lower)
        => new(lower.Select(c => c switch { '@' => 'a', '0' => 'o', '$' => 's', _ => c }).ToArray());
}
