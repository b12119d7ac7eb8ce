using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// 4.4.8–4.4.12, the v3 account APIs (error_code/error_msg bodies): the same accounts as the v1 APIs, with
/// password rules (Tables 4-392, 4-408) and a password lifetime. Successful changes answer <c>{}</c>, as
/// the examples show.
/// </summary>
internal sealed class AccountV3Operations(AccountAccess access, AccountValidation validation, AccountRepresentation representation)
{
    /// <summary>4.4.8.</summary>
    public OperationResult Create(OperationRequest request)
    {
        var draft = AccountRequests.CreateV3(request.RequiredBody);
        var accounts = access.Changing(request);
        validation.Check(draft, AccountValidation.PasswordRules.V3);
        var now = access.Now;
        var schemas = access.Schemas(request, draft.Schemas, AccountErrors.CreateFailed);
        accounts.Add([new Account(draft.Name, [.. draft.BaseAuthority], draft.Description, schemas, draft.PasswordLifetime, now, now)]);
        return OperationResult.Ok(new JsonObject());
    }

    /// <summary>4.4.9: oldest first; <c>offset</c> counts records (as in every other list), limit defaults to 10.</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var all = access.Reading(request).All();
        var users = paging.Page(all).Select(a => representation.V3(request, a)).ToList();
        return OperationResult.Ok(representation.PageV3(users, all.Count, paging.Offset, paging.Limit));
    }

    /// <summary>4.4.10.</summary>
    public OperationResult Update(OperationRequest request)
    {
        var change = AccountRequests.UpdateV3(request.RequiredBody);
        AccountChanges.Apply(access, validation, request, request.Path("username"), change, "");
        return OperationResult.Ok(new JsonObject());
    }

    /// <summary>4.4.11.</summary>
    public OperationResult Delete(OperationRequest request)
    {
        var name = request.Path("username");
        _ = access.Changing(request).Remove(name) ?? throw AccountErrors.NotFound(name);
        return OperationResult.Ok(new JsonObject());
    }

    /// <summary>4.4.12.</summary>
    public OperationResult ResetPassword(OperationRequest request)
    {
        var password = AccountRequests.Password(request.RequiredBody);
        AccountChanges.ResetPassword(access, request, request.Path("username"), password, AccountValidation.PasswordRules.V3);
        return OperationResult.Ok(new JsonObject());
    }
}
