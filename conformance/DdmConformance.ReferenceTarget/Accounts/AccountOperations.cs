using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// 4.4.1–4.4.5, the v1/v2 account APIs (errCode/externalMessage bodies). Order of checks: the body's types
/// (DBS.280001), the instance (404, then RUNNING for changes), the account of the path, the table's rules
/// with their A.3 codes, then what the request names: duplicates, schemas, existing accounts.
/// </summary>
internal sealed class AccountOperations(AccountAccess access, AccountValidation validation, AccountRepresentation representation)
{
    /// <summary>4.4.1: creates every account of the list, or none.</summary>
    public OperationResult Create(OperationRequest request)
    {
        var drafts = AccountRequests.CreateV1(request.RequiredBody);
        var accounts = access.Changing(request);
        foreach (var draft in drafts)
            validation.Check(draft, AccountValidation.PasswordRules.V1);
        if (drafts.GroupBy(d => d.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw AccountErrors.DuplicatedInRequest(twice.Key);
        accounts.Add(drafts.Select(d => New(request, d)).ToList());
        return OperationResult.Ok(new JsonObject
        {
            ["users"] = new JsonArray(drafts.Select(d => (JsonNode)new JsonObject { ["name"] = d.Name }).ToArray()),
        });
    }

    /// <summary>4.4.2: oldest first; limit defaults to 128 (Table 4-354).</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 128);
        var all = access.Reading(request).All();
        var users = paging.Page(all).Select(a => representation.V1(request, a)).ToList();
        return OperationResult.Ok(representation.PageV1(users, all.Count, paging.Offset, paging.Limit));
    }

    /// <summary>4.4.3: the given fields replace the account's; <c>databases</c> replaces its associations.</summary>
    public OperationResult Update(OperationRequest request)
    {
        var change = AccountRequests.UpdateV1(request.RequiredBody);
        var name = request.Path("username");
        var updated = AccountChanges.Apply(access, validation, request, name, change, "user.");
        return OperationResult.Ok(new JsonObject { ["name"] = updated.Name });
    }

    /// <summary>4.4.4: the account goes, and with it its schema associations.</summary>
    public OperationResult Delete(OperationRequest request)
    {
        var name = request.Path("username");
        var removed = access.Changing(request).Remove(name) ?? throw AccountErrors.NotFound(name);
        return OperationResult.Ok(new JsonObject { ["name"] = removed.Name });
    }

    /// <summary>4.4.5 (a v2 path with v1 error bodies): Table 4-376 states no password rule.</summary>
    public OperationResult ResetPassword(OperationRequest request)
    {
        var password = AccountRequests.Password(request.RequiredBody);
        var name = request.Path("username");
        AccountChanges.ResetPassword(access, request, name, password, AccountValidation.PasswordRules.V1);
        return OperationResult.Ok(new JsonObject
        {
            ["success"] = true,
            ["instance_id"] = request.Path("instance_id"),
            ["user_name"] = name,
        });
    }

    private Account New(OperationRequest request, AccountDraft draft)
    {
        var now = access.Now;
        return new Account(draft.Name, [.. draft.BaseAuthority], draft.Description,
            access.Schemas(request, draft.Schemas, AccountErrors.CreateFailed), draft.PasswordLifetime, now, now);
    }
}
