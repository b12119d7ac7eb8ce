using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Auth;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dbss;

/// <summary>
/// Huawei Cloud DBSS, "Adding a Self-Built Database" (spec/dbss.openapi.yaml, seed 003), served under
/// <c>/dbss</c>. Table 2 requires X-Auth-Token; the API gateway in front of it is the one DDM's chapter 3
/// describes, so the same credentials check applies (the token, or an AK/SK signature when configured).
/// </summary>
internal sealed class DbssApi(DbssDatabaseStore store, RequestAuthenticator authenticator, ActiveDeviations deviations, TimeProvider clock)
{
    public const string Prefix = "/dbss";

    public SideApi Build() => new(
        Prefix,
        [new SideRoute("POST", "/v2/{project_id}/audit/{instance_id}/databases", RequiresAuth: true, TakesBody: true, AddDatabase)],
        deviations.IsOn(SideApiDeviations.DbssErrorFormatV1) ? DbssErrors.LegacyDialect : DbssErrors.Dialect,
        deviations.IsOn(SideApiDeviations.DbssAuthNotEnforced) ? null : Authenticate);

    private SideError? Authenticate(HttpRequest request, ReadOnlySpan<byte> body)
        => authenticator.Check(request, body) is { } failure ? SideError.From(failure) : null;

    /// <summary>Path and body first (400), then the audit instance (404).</summary>
    private OperationResult AddDatabase(OperationRequest request)
    {
        var projectId = request.Path("project_id");
        if (projectId.Length is < 32 or > 64)
            throw new SideErrorException(SideError.Invalid("project_id must have 32 to 64 characters (Table 1)"));
        var instanceId = request.Path("instance_id");
        if (instanceId.Length is < 32 or > 64)
            throw new SideErrorException(SideError.Invalid("instance_id must have 32 to 64 characters (Table 1)"));

        var database = DbssDatabaseRequest.Read(request.RequiredBody, clock.GetUtcNow());
        if (!DbssDatabaseStore.IsAuditInstance(instanceId))
        {
            throw new SideErrorException(deviations.IsOn(SideApiDeviations.DbssUnknownInstance500)
                ? new SideError(SideFailure.ServerFailure, Detail: "unknown audit instance, reported as a server fault (deviation)")
                : new SideError(SideFailure.NotFound, Detail: $"no audit instance '{instanceId}' in this project"));
        }

        store.Add(projectId, instanceId, database);
        return OperationResult.Ok(new JsonObject { ["id"] = database.Id });
    }
}
