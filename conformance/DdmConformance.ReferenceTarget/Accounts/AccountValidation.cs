using DdmConformance.ReferenceTarget.Deviations;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// Applies <see cref="AccountRules"/> to what a request asks for, in a fixed order: name, description,
/// permissions, password. The password comes last so that each other rule is reported as itself even when
/// the password is also wrong (the documented examples mask theirs: <c>xxxxxxxx</c>).
/// </summary>
internal sealed class AccountValidation(ActiveDeviations deviations)
{
    public enum PasswordRules
    {
        /// <summary>4.4.1, 4.4.5: the v1 tables state no rule.</summary>
        V1,

        /// <summary>4.4.8, 4.4.12: length, character kinds, not weak, not the name.</summary>
        V3,
    }

    public void Check(AccountDraft draft, PasswordRules rules)
    {
        Name(draft.Prefix + "name", draft.Name);
        Description(draft.Prefix + "description", draft.Description);
        AccountRules.BaseAuthority(draft.Prefix + "base_authority", draft.BaseAuthority);
        Password(draft.Prefix + "password", draft.Password, draft.Name, rules);
    }

    public void Check(AccountChange change, string prefix)
    {
        if (change.Description is { } description)
            Description(prefix + "description", description);
        if (change.BaseAuthority is { } permissions)
            AccountRules.BaseAuthority(prefix + "base_authority", permissions);
    }

    public static void Password(string path, string password, string accountName, PasswordRules rules)
    {
        if (rules == PasswordRules.V3)
            AccountRules.PasswordV3(path, password, accountName);
        else
            AccountRules.PasswordV1(path, password);
    }

    public void Name(string path, string name)
    {
        if (!deviations.IsOn(Deviation.AccountNameUnchecked))
            AccountRules.Name(path, name);
    }

    private void Description(string path, string description)
    {
        if (!deviations.IsOn(Deviation.AccountDescriptionUnchecked))
            AccountRules.Description(path, description);
    }
}
