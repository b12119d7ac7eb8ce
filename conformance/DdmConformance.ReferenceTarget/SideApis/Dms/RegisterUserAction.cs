using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// RegisterUser (seed 001, spec/dms-register-user.openapi.yaml): the UID must be an existing Alibaba Cloud
/// account that is not yet a user of the tenant; roles default to USER (line 64).
/// </summary>
internal sealed class RegisterUserAction(DmsTenant tenant)
{
    /// <summary>RoleNames (line 60).</summary>
    public static readonly IReadOnlyList<string> Roles = ["USER", "DBA", "ADMIN", "SECURITY_ADMIN"];

    public void Run(DmsQuery query)
    {
        DmsTenant.CheckTenant(query.OptionalInt64("Tid"));
        var uid = query.Required("Uid");
        var nick = query.Optional("UserNick");
        var roles = ParseRoles(query.Optional("RoleNames"));
        var mobile = query.Optional("Mobile");
        tenant.RegisterUser(new DmsUser(uid, nick, roles, mobile));
    }

    /// <summary>"Separate multiple roles with commas (,)"; none given means the regular user role.</summary>
    private static IReadOnlyList<string> ParseRoles(string? roleNames)
    {
        if (roleNames is null)
            return ["USER"];
        var roles = roleNames.Split(',');
        var unknown = roles.FirstOrDefault(r => !Roles.Contains(r, StringComparer.Ordinal));
        return unknown is null ? roles.Distinct(StringComparer.Ordinal).ToList()
            : throw new SideErrorException(DmsErrors.InvalidParameter("RoleNames", $"'{unknown}' is not one of {string.Join(", ", Roles)}"));
    }
}
