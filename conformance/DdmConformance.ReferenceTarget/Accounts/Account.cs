using System.Collections.Immutable;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// One DDM account of an instance (4.4.1, 4.4.8). Immutable; <see cref="InstanceAccounts"/> replaces it on
/// every change. The password itself is not kept: nothing reads it back (the API never shows it), and a
/// secret the target does not hold cannot leak; only when it last changed is recorded.
/// </summary>
/// <param name="Name">1–32 characters, a letter first, then letters, digits and underscores.</param>
/// <param name="BaseAuthority">Basic permissions, a subset of <see cref="AccountRules.Permissions"/>, in the order given.</param>
/// <param name="Description">At most 256 characters; empty by default.</param>
/// <param name="Schemas">Associated schemas, lowercase (schema names are case-insensitive, Table 4-365).</param>
/// <param name="PasswordLifetime">Days the password is valid; null or 0: it never expires (Table 4-392).</param>
/// <param name="Created">Creation time, whole seconds.</param>
/// <param name="PasswordChanged">When the password was last set, whole seconds.</param>
internal sealed record Account(
    string Name,
    ImmutableArray<string> BaseAuthority,
    string Description,
    ImmutableArray<string> Schemas,
    long? PasswordLifetime,
    DateTimeOffset Created,
    DateTimeOffset PasswordChanged)
{
    /// <summary>A.3 and the list examples know one account status; accounts are usable as soon as they exist.</summary>
    public const string Running = "RUNNING";

    /// <summary>When the password expires (Table 4-398 <c>expiration_time</c>), or null when it never does.</summary>
    public DateTimeOffset? PasswordExpires => PasswordLifetime is > 0 and var days ? PasswordChanged.AddDays(days) : null;
}
