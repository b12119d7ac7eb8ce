using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>4.4.6 the instance administrator and 4.4.7 the weak-password check.</summary>
internal sealed class AdministratorOperations(AccountAccess access, AccountValidation validation, ActiveDeviations deviations)
{
    /// <summary>
    /// 4.4.6: the first call creates the administrator, later ones set its password (Table 4-382's rules,
    /// DBS.300305/300306). Answers 202 with an empty object (the document shows no body): the change holds at once.
    /// </summary>
    public OperationResult SetAdministrator(OperationRequest request)
    {
        var fields = JsonFields.Root(request.RequiredBody);
        var name = fields.RequiredString("name");
        var password = fields.RequiredString("password");
        var accounts = access.Changing(request);
        validation.Name("name", name);
        AccountRules.AdminPassword("password", password, name);
        accounts.SetAdministrator(name);
        return new OperationResult(202, new JsonObject());
    }

    /// <summary>4.4.7: any string may be checked; the answer says whether it is weak (<see cref="PasswordStrength"/>).</summary>
    public OperationResult CheckStrength(OperationRequest request)
    {
        var weak = PasswordStrength.IsWeak(AccountRequests.Password(request.RequiredBody));
        return OperationResult.Ok(new JsonObject
        {
            ["is_weak_password"] = deviations.IsOn(Deviation.WeakPasswordFlagAsString) ? JsonValue.Create(weak ? "true" : "false") : JsonValue.Create(weak),
        });
    }
}
