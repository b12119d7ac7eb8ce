using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Versions;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// Table of contents of the target: every operation of <c>spec/ddm.openapi.yaml</c> it serves, with the
/// spec's operationId, method, path, error format and security, bound to its handler.
/// </summary>
internal static class OperationTable
{
    private const string Instances = "/v1/{project_id}/instances";
    private const string Instance = Instances + "/{instance_id}";

    public static IReadOnlyList<Operation> Build(ApiVersionsOperation versions, InstanceOperations instances) =>
    [
        new("listApiVersions", "GET", "/", ErrorFormat.V3, RequiresAuth: false, TakesBody: false, versions.List),
        new("createInstance", "POST", Instances, ErrorFormat.V1, RequiresAuth: true, TakesBody: true, instances.Create),
        new("listInstances", "GET", Instances, ErrorFormat.V1, RequiresAuth: true, TakesBody: false, instances.List),
        new("showInstance", "GET", Instance, ErrorFormat.V1, RequiresAuth: true, TakesBody: false, instances.Show),
        new("updateInstanceName", "PUT", Instance + "/modify-name", ErrorFormat.V1, RequiresAuth: true, TakesBody: true, instances.Rename),
        new("updateInstanceSecurityGroup", "PUT", Instance + "/modify-security-group", ErrorFormat.V1, RequiresAuth: true, TakesBody: true, instances.ChangeSecurityGroup),
        new("deleteInstance", "DELETE", Instance, ErrorFormat.V1, RequiresAuth: true, TakesBody: false, instances.Delete),
        new("restartInstance", "POST", Instance + "/action", ErrorFormat.V1, RequiresAuth: true, TakesBody: true, instances.Restart),
    ];
}
