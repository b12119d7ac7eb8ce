using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// Accounts as the list operations show them: v1 (Table 4-357) with epoch-millisecond times and schema
/// descriptions, v3 (Table 4-398) with wire-format times and the password's lifetime and expiry. No
/// password, ever.
/// </summary>
internal sealed class AccountRepresentation(AccountAccess access, ActiveDeviations deviations)
{
    public JsonObject V1(OperationRequest request, Account account) => new()
    {
        ["name"] = account.Name,
        ["status"] = Account.Running,
        ["base_authority"] = Strings(account.BaseAuthority),
        ["password_last_changed"] = account.PasswordChanged.ToUnixTimeMilliseconds(),
        ["description"] = account.Description,
        ["created"] = account.Created.ToUnixTimeMilliseconds(),
        // Schemas (4.3.1) have no description field; Table 4-358 shows one, so it is there, empty.
        ["databases"] = new JsonArray(access.SchemasOf(request, account)
            .Select(n => (JsonNode)new JsonObject { ["name"] = n, ["description"] = "" }).ToArray()),
    };

    public JsonObject V3(OperationRequest request, Account account) => WithLifetime(account, new JsonObject
    {
        ["name"] = account.Name,
        ["status"] = Account.Running,
        ["base_authority"] = Strings(account.BaseAuthority),
        ["description"] = account.Description,
        ["created"] = WireTime.Format(account.Created),
        ["password_last_changed"] = WireTime.Format(account.PasswordChanged),
        ["databases"] = new JsonArray(access.SchemasOf(request, account).Select(n => (JsonNode)new JsonObject { ["name"] = n }).ToArray()),
    });

    /// <summary>
    /// <c>password_lifetime</c> and <c>expiration_time</c> only for a password that expires: the example shows
    /// nulls, but Table 4-398 makes <c>expiration_time</c> a String, and left out they say "never expires" too.
    /// </summary>
    private static JsonObject WithLifetime(Account account, JsonObject user)
    {
        if (account.PasswordExpires is { } expires)
        {
            user["password_lifetime"] = account.PasswordLifetime;
            user["expiration_time"] = WireTime.Format(expires);
        }
        return user;
    }

    /// <summary>Table 4-356: the page and its numbers (page_no from offset and limit, as the instance list has them).</summary>
    public JsonObject PageV1(IReadOnlyList<JsonObject> users, int total, int offset, int limit)
    {
        var page = new JsonObject
        {
            ["users"] = new JsonArray(users.ToArray<JsonNode>()),
            ["page_no"] = offset / limit + 1,
            ["page_size"] = users.Count,
            ["total_record"] = total,
            ["total_page"] = (total + limit - 1) / limit,
        };
        if (deviations.IsOn(Deviation.UserListDropsTotalPage))
            page.Remove("total_page");
        return page;
    }

    /// <summary>Table 4-397.</summary>
    public JsonObject PageV3(IReadOnlyList<JsonObject> users, int total, int offset, int limit) => new()
    {
        ["users"] = new JsonArray(users.ToArray<JsonNode>()),
        ["offset"] = offset,
        ["limit"] = limit,
        ["total"] = deviations.IsOn(Deviation.UserV3TotalAsString) ? JsonValue.Create(total.ToString(System.Globalization.CultureInfo.InvariantCulture)) : total,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
