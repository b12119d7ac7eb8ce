using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>The changes v1 and v3 share: modifying an account (4.4.3, 4.4.10) and resetting its password (4.4.5, 4.4.12).</summary>
internal static class AccountChanges
{
    /// <summary>
    /// Applies <paramref name="change"/> to the named account: DBS.300327 when there is none, the rules'
    /// codes, then DBS.300301 for a schema the instance does not have.
    /// </summary>
    public static Account Apply(AccountAccess access, AccountValidation validation, OperationRequest request, string name,
        AccountChange change, string prefix)
    {
        var accounts = access.Changing(request);
        return accounts.Update(name, current =>
        {
            validation.Check(change, prefix);
            var schemas = change.Schemas is { } names ? access.Schemas(request, names, AccountErrors.UpdateFailed) : current.Schemas;
            return current with
            {
                BaseAuthority = change.BaseAuthority is { } permissions ? [.. permissions] : current.BaseAuthority,
                Description = change.Description ?? current.Description,
                Schemas = schemas,
                PasswordLifetime = change.SetsLifetime ? change.PasswordLifetime : current.PasswordLifetime,
            };
        }) ?? throw AccountErrors.NotFound(name);
    }

    /// <summary>Sets a new password: DBS.300328 when the account does not exist, DBS.300306 when the password breaks the rules.</summary>
    public static void ResetPassword(AccountAccess access, OperationRequest request, string name, string password,
        AccountValidation.PasswordRules rules)
    {
        var now = access.Now;
        _ = access.Changing(request).Update(name, current =>
        {
            AccountValidation.Password("password", password, name, rules);
            return current with { PasswordChanged = now };
        }) ?? throw AccountErrors.ResetFailed(name);
    }
}
