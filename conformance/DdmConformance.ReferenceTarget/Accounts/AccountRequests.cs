using System.Text.Json;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// An account as a creation asks for it (4.4.1, 4.4.8), read but not yet checked against the rules.
/// <see cref="Prefix"/> locates it in the body for messages (<c>users[0].</c>, or empty).
/// </summary>
internal sealed record AccountDraft(string Prefix, string Name, string Password, IReadOnlyList<string> BaseAuthority,
    string Description, IReadOnlyList<string> Schemas, long? PasswordLifetime);

/// <summary>
/// What a modification asks for (4.4.3, 4.4.10); null members stay as they are. <see cref="SetsLifetime"/>
/// tells an explicit <c>"password_lifetime": null</c> (never expires) from an absent one.
/// </summary>
internal sealed record AccountChange(IReadOnlyList<string>? BaseAuthority, string? Description, IReadOnlyList<string>? Schemas,
    bool SetsLifetime, long? PasswordLifetime);

/// <summary>
/// Reads the account request bodies: mandatory fields, JSON types and ranges without a code of their own
/// are parameter errors (DBS.280001). The rules A.3 gives codes for are checked later (<see cref="AccountRules"/>),
/// once the instance is known to exist.
/// </summary>
internal static class AccountRequests
{
    /// <summary>Table 4-346: <c>{"users": [CreateUsersInfo…]}</c>, at least one, at most an instance's worth.</summary>
    public static IReadOnlyList<AccountDraft> CreateV1(JsonElement body)
        => JsonFields.Root(body).RequiredObjectArray("users", 1, InstanceAccounts.MaxAccounts)
            .Select(user => Draft(user, lifetime: false)).ToList();

    /// <summary>Table 4-392: one account, with an optional <c>password_lifetime</c>.</summary>
    public static AccountDraft CreateV3(JsonElement body) => Draft(JsonFields.Root(body), lifetime: true);

    /// <summary>Table 4-363/4-364: <c>{"user": {…}}</c> with at least one of base_authority, description, databases.</summary>
    public static AccountChange UpdateV1(JsonElement body)
    {
        var user = JsonFields.Root(body).RequiredObject("user");
        // Table 4-365: "The databases and name fields must be both or neither specified."
        var schemas = user.OptionalObjectArray("databases", 0, int.MaxValue)?.Select(d => d.RequiredString("name")).ToList();
        var change = new AccountChange(user.OptionalStringArray("base_authority"), user.OptionalString("description"), schemas, false, null);
        return change is { BaseAuthority: null, Description: null, Schemas: null }
            ? throw JsonFields.Invalid("user needs at least one of base_authority, description and databases (4.4.3 Constraints)")
            : change;
    }

    /// <summary>Table 4-402: at least one of base_authority, description, databases and password_lifetime.</summary>
    public static AccountChange UpdateV3(JsonElement body)
    {
        var fields = JsonFields.Root(body);
        var (setsLifetime, lifetime) = Lifetime(fields);
        var change = new AccountChange(fields.OptionalStringArray("base_authority"), fields.OptionalString("description"),
            SchemaNames(fields), setsLifetime, lifetime);
        return change is { BaseAuthority: null, Description: null, Schemas: null, SetsLifetime: false }
            ? throw JsonFields.Invalid("the body needs at least one of base_authority, description, databases and password_lifetime (4.4.10 Constraints)")
            : change;
    }

    /// <summary>Tables 4-376, 4-386, 4-408: <c>{"password": "…"}</c>.</summary>
    public static string Password(JsonElement body) => JsonFields.Root(body).RequiredString("password");

    private static AccountDraft Draft(JsonFields fields, bool lifetime)
        => new(fields.PathOf(""), fields.RequiredString("name"), fields.RequiredString("password"),
            fields.RequiredStringArray("base_authority"), fields.OptionalString("description") ?? "",
            SchemaNames(fields) ?? [], lifetime ? Lifetime(fields).Value : null);

    private static IReadOnlyList<string>? SchemaNames(JsonFields fields)
        => fields.OptionalObjectArray("databases", 0, int.MaxValue)?.Select(d => d.RequiredString("name")).ToList();

    // Tables 4-392, 4-402: 0 to 65535 days, or null.
    private static (bool Present, long? Value) Lifetime(JsonFields fields)
    {
        var lifetime = fields.OptionalNullableInt64("password_lifetime");
        return lifetime.Value is < 0 or > 65535
            ? throw JsonFields.Invalid($"{fields.PathOf("password_lifetime")} must be between 0 and 65535")
            : lifetime;
    }
}
