namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// The value rules of the account tables, each answered with its own A.3 code. Character checks are written
/// out rather than left to regular expressions (.NET's <c>$</c> also matches before a trailing newline).
/// Messages name the rule, never the password.
/// </summary>
internal static class AccountRules
{
    /// <summary>Tables 4-347, 4-364, 4-392, 4-402: the basic permissions.</summary>
    public static readonly IReadOnlyList<string> Permissions = ["CREATE", "DROP", "ALTER", "INDEX", "INSERT", "DELETE", "UPDATE", "SELECT"];

    public const int MaxDescription = 256;

    /// <summary>Tables 4-347, 4-382, 4-392: 1 to 32 characters, a letter first, then letters, digits and _ (DBS.300305).</summary>
    public static void Name(string path, string name)
    {
        if (name.Length is < 1 or > 32)
            throw AccountErrors.InvalidName($"{path} must have 1 to 32 characters");
        if (!char.IsAsciiLetter(name[0]))
            throw AccountErrors.InvalidName($"{path} must start with a letter");
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw AccountErrors.InvalidName($"{path} may contain only letters, digits and underscores (_)");
    }

    /// <summary>At most 256 characters (DBS.300307).</summary>
    public static void Description(string path, string description)
    {
        if (description.Length > MaxDescription)
            throw AccountErrors.InvalidDescription($"{path} must not exceed {MaxDescription} characters");
    }

    /// <summary>Only the eight documented permissions, each once (DBS.300309).</summary>
    public static void BaseAuthority(string path, IReadOnlyList<string> permissions)
    {
        if (permissions.FirstOrDefault(p => !Permissions.Contains(p, StringComparer.Ordinal)) is { } unknown)
            throw AccountErrors.InvalidPermissions($"{path} contains '{unknown}', not one of {string.Join(", ", Permissions)}");
        if (permissions.Count != permissions.Distinct(StringComparer.Ordinal).Count())
            throw AccountErrors.InvalidPermissions($"{path} names a permission twice");
    }

    /// <summary>Table 4-376 (v1) states no rule; an account without a password is still no account (DBS.300306).</summary>
    public static void PasswordV1(string path, string password)
    {
        if (password.Length == 0)
            throw AccountErrors.InvalidPassword($"{path} must not be empty");
    }

    /// <summary>
    /// Tables 4-392, 4-408: 8 to 32 characters of letters, digits and ~!@#/%^*-_+?, at least three of the four
    /// kinds, not weak (4.4.7), not the account name forwards or backwards (DBS.300306).
    /// </summary>
    public static void PasswordV3(string path, string password, string accountName)
    {
        PasswordCharacters(path, password, V3Specials);
        if (PasswordStrength.Kinds(password, V3Specials) < 3)
            throw AccountErrors.InvalidPassword($"{path} must combine at least three of lowercase letters, uppercase letters, digits and special characters");
        RefuseWeakOrName(path, password, accountName);
    }

    /// <summary>Table 4-382: 8 to 32 characters combining all four kinds, specials from ~!@#%^*-_+?, strong (DBS.300306).</summary>
    public static void AdminPassword(string path, string password, string adminName)
    {
        PasswordCharacters(path, password, AdminSpecials);
        if (PasswordStrength.Kinds(password, AdminSpecials) < 4)
            throw AccountErrors.InvalidPassword($"{path} must combine uppercase letters, lowercase letters, digits and special characters");
        RefuseWeakOrName(path, password, adminName);
    }

    private const string V3Specials = "~!@#/%^*-_+?";
    private const string AdminSpecials = "~!@#%^*-_+?";

    private static void PasswordCharacters(string path, string password, string specials)
    {
        if (password.Length is < 8 or > 32)
            throw AccountErrors.InvalidPassword($"{path} must have 8 to 32 characters");
        if (!password.All(c => char.IsAsciiLetterOrDigit(c) || specials.Contains(c)))
            throw AccountErrors.InvalidPassword($"{path} may contain only letters, digits and {specials}");
    }

    private static void RefuseWeakOrName(string path, string password, string name)
    {
        if (PasswordStrength.IsWeak(password))
            throw AccountErrors.InvalidPassword($"{path} is a weak password");
        var reversed = new string(name.Reverse().ToArray());
        if (password.Equals(name, StringComparison.OrdinalIgnoreCase) || password.Equals(reversed, StringComparison.OrdinalIgnoreCase))
            throw AccountErrors.InvalidPassword($"{path} must not be the account name or the name reversed");
    }
}
