using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// The schema name rules of Tables 4-207 (v1) and 4-243 (v3): 2 to 48 characters, a lowercase letter
/// first, then lowercase letters, digits and underscores, and no MySQL system schema. The two tables
/// differ on the keywords: v1 "cannot contain" them (anywhere), v3 "cannot be" them (exactly); A.3 says
/// 2 to 24 characters (DBS.300405), but each operation follows its own table. Each broken rule has its
/// own A.3 code, checked in this order: length, uppercase, keyword, the rest.
/// </summary>
internal static class SchemaNameRules
{
    public const int MinLength = 2;
    public const int MaxLength = 48;

    private static readonly string[] Keywords = ["information_schema", "performance_schema", "mysql", "sys"];

    /// <param name="name">The name as sent.</param>
    /// <param name="keywordsAnywhere">v1: no keyword anywhere in the name; v3: the name is not a keyword.</param>
    public static void Check(string name, bool keywordsAnywhere)
    {
        if (name.Length is < MinLength or > MaxLength)
            throw new ApiErrorException(SchemaErrors.NameLength($"the schema name has {name.Length} characters; 2 to 48 are allowed"));
        if (name.Any(char.IsUpper))
            throw new ApiErrorException(SchemaErrors.NameUppercase("the schema name contains uppercase letters"));
        var keyword = keywordsAnywhere
            ? Keywords.FirstOrDefault(k => name.Contains(k, StringComparison.Ordinal))
            : Keywords.FirstOrDefault(k => name.Equals(k, StringComparison.Ordinal));
        if (keyword is not null)
            throw new ApiErrorException(SchemaErrors.NameKeyword(keyword));
        if (!char.IsAsciiLetterLower(name[0]) || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            throw new ApiErrorException(SchemaErrors.InvalidName("the schema name must start with a letter and contain only lowercase letters, digits and underscores"));
    }
}
