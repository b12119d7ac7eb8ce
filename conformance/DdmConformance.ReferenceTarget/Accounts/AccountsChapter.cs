using DdmConformance.ReferenceTarget.Hosting;
using static DdmConformance.ReferenceTarget.Hosting.OperationTable;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// 4.4 Accounts: DDM accounts (v1 and v3 APIs over the same accounts), the instance administrator and the
/// weak-password check. Accounts live as long as the target, per project and instance.
/// </summary>
internal static class AccountsChapter
{
    private const string UsersV1 = "/v1/{project_id}/instances/{instance_id}/users";
    private const string UsersV3 = "/v3/{project_id}/instances/{instance_id}/users";

    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var access = new AccountAccess(context.Access, context.Accounts, context.Schemas);
        var validation = new AccountValidation(context.Deviations);
        var representation = new AccountRepresentation(access, context.Deviations);
        var v1 = new AccountOperations(access, validation, representation);
        var v3 = new AccountV3Operations(access, validation, representation);
        var administrator = new AdministratorOperations(access, validation, context.Deviations);
        return
        [
            V1("createUser", "POST", UsersV1, body: true, v1.Create),
            V1("listUsers", "GET", UsersV1, body: false, v1.List),
            V1("updateUser", "PUT", UsersV1 + "/{username}", body: true, v1.Update),
            V1("deleteUser", "DELETE", UsersV1 + "/{username}", body: false, v1.Delete),
            V1("resetUserPassword", "POST", "/v2/{project_id}/instances/{instance_id}/users/{username}/password", body: true, v1.ResetPassword),
            V3("updateAdminPassword", "PUT", "/v3/{project_id}/instances/{instance_id}/admin-user", body: true, administrator.SetAdministrator),
            V3("validatePasswordStrength", "POST", "/v3/{project_id}/weak-password-verification", body: true, administrator.CheckStrength),
            V3("createUserV3", "POST", UsersV3, body: true, v3.Create),
            // 4.4.9 documents no request body, yet its example request carries one (kept in the spec as
            // evidence): a body is accepted and ignored, but like any body it must be JSON.
            V3("listUsersV3", "GET", UsersV3, body: true, v3.List) with { BodyOptional = true },
            V3("updateUserV3", "PUT", UsersV3 + "/{username}", body: true, v3.Update),
            V3("deleteUserV3", "DELETE", UsersV3 + "/{username}", body: false, v3.Delete),
            V3("resetUserPasswordV3", "POST", UsersV3 + "/{username}/password", body: true, v3.ResetPassword),
        ];
    }
}
