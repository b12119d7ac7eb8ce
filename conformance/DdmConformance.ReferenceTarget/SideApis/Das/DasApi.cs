using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Das;

/// <summary>
/// Huawei Cloud DAS, "Creating an Instance Connection" (spec/das.openapi.yaml, seed 002), served under
/// <c>/das</c>. The page documents no request header, so no credentials are checked (<c>security: []</c>).
/// </summary>
internal sealed class DasApi(DasConnectionStore store, ActiveDeviations deviations, TimeProvider clock)
{
    public const string Prefix = "/das";

    public SideApi Build() => new(
        Prefix,
        [new SideRoute("POST", "/v3/{project_id}/instances/{instance_id}/create-connection", RequiresAuth: false, TakesBody: true, CreateConnection)],
        DasErrors.Dialect,
        Authenticate: null);

    /// <summary>Body first (400), then the instance (404), as the gateway and service check them.</summary>
    private OperationResult CreateConnection(OperationRequest request)
    {
        var projectId = request.Path("project_id");
        if (!TextRules.IsAlphanumericId(projectId, 32))
            throw new SideErrorException(SideError.Invalid("project_id must be 32 letters and digits (Table 1)"));

        var instanceId = request.Path("instance_id");
        var instance = string.Equals(instanceId, DasInstance.Documented.Id, StringComparison.Ordinal) ? DasInstance.Documented : null;
        var connection = DasConnectionRequest.Read(request.RequiredBody, instance, clock.GetUtcNow());
        if (instance is null && !deviations.IsOn(SideApiDeviations.DasUnknownInstanceAccepted))
            throw new SideErrorException(new SideError(SideFailure.NotFound, Detail: $"no instance '{instanceId}' DAS can connect to"));

        store.Add(projectId, instanceId, connection);
        return OperationResult.Ok(new JsonObject { ["connection_id"] = connection.ConnectionId });
    }
}
