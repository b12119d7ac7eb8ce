using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// Table of contents of the target: every operation of <c>spec/ddm.openapi.yaml</c> it serves, with the
/// spec's operationId, method, path, error format and security, bound to its handler.
/// </summary>
internal static class OperationTable
{
    private const string Instances = "/v1/{project_id}/instances";
    private const string Instance = Instances + "/{instance_id}";
    private const string InstanceV2 = "/v2/{project_id}/instances/{instance_id}";
    private const string InstanceV3 = "/v3/{project_id}/instances/{instance_id}";

    public static IReadOnlyList<Operation> Build(DdmHandlers h) =>
    [
        new("listApiVersions", "GET", "/", ErrorFormat.V3, RequiresAuth: false, TakesBody: false, h.Versions.List),
        // 4.2.1–4.2.7
        V1("createInstance", "POST", Instances, body: true, h.Instances.Create),
        V1("listInstances", "GET", Instances, body: false, h.Instances.List),
        V1("showInstance", "GET", Instance, body: false, h.Instances.Show),
        V1("updateInstanceName", "PUT", Instance + "/modify-name", body: true, h.Instances.Rename),
        V1("updateInstanceSecurityGroup", "PUT", Instance + "/modify-security-group", body: true, h.Instances.ChangeSecurityGroup),
        V1("deleteInstance", "DELETE", Instance, body: false, h.Instances.Delete),
        V1("restartInstance", "POST", Instance + "/action", body: true, h.Instances.Restart),
        // 4.2.8–4.2.16 (v1 and v2 error bodies)
        V1("reloadTableData", "POST", Instance + "/reload-config", body: true, h.DataNodes.ReloadTableData) with { BodyOptional = true },
        V1("scaleOutInstance", "POST", InstanceV2 + "/action/enlarge", body: true, h.Scaling.ScaleOutV2),
        V1("scaleInInstance", "POST", InstanceV2 + "/action/reduce", body: true, h.Scaling.ScaleInV2),
        V1("updateReadWriteStrategy", "PUT", InstanceV2 + "/action/read-write-strategy", body: true, h.DataNodes.UpdateReadPolicy),
        V1("syncDataNodes", "POST", Instance + "/rds/sync", body: false, h.DataNodes.SyncDataNodes),
        V1("listInstanceNodes", "GET", Instance + "/nodes", body: false, h.Nodes.List),
        V1("showInstanceNode", "GET", Instance + "/nodes/{node_id}", body: false, h.Nodes.Show),
        V1("listEngines", "GET", "/v2/{project_id}/engines", body: false, h.Catalogues.ListEnginesV2),
        V1("listFlavors", "GET", "/v2/{project_id}/flavors", body: false, h.Catalogues.ListFlavorsV2),
        // 4.2.17–4.2.41 (v3 error bodies)
        V3("updateInstanceFlavor", "PUT", InstanceV3 + "/flavor", body: true, h.ClassChange.Change),
        V3("listInstanceGroups", "GET", InstanceV3 + "/groups", body: false, h.Groups.List),
        V3("createInstanceGroup", "POST", InstanceV3 + "/groups", body: true, h.Groups.Create),
        V3("deleteInstanceGroup", "DELETE", InstanceV3 + "/groups/{group_id}", body: false, h.Groups.Delete),
        V3("listEnginesV3", "GET", "/v3/{project_id}/engines", body: false, h.Catalogues.ListEnginesV3),
        V3("listFlavorsV3", "GET", "/v3/{project_id}/flavors", body: false, h.Catalogues.ListFlavorsV3),
        V3("listInstanceConfigurations", "GET", InstanceV3 + "/configurations", body: false, h.Parameters.List),
        V3("scaleOutInstanceV3", "POST", InstanceV3 + "/nodes", body: true, h.Scaling.ScaleOutV3),
        V3("deleteInstanceNodes", "DELETE", InstanceV3 + "/nodes", body: true, h.Scaling.DeleteNodesV3),
        V3("deleteInstanceV3", "DELETE", InstanceV3, body: false, h.InstancesV3.Delete),
        V3("switchSsl", "POST", InstanceV3 + "/switch-ssl", body: true, h.Settings.SwitchSsl),
        V3("updateInstancePort", "PUT", InstanceV3 + "/port", body: true, h.Settings.ChangePort),
        V3("restartInstanceV3", "POST", InstanceV3 + "/restart", body: false, h.InstancesV3.Restart),
        V3("restartNode", "POST", InstanceV3 + "/nodes/{node_id}/restart", body: false, h.Nodes.Restart),
        V3("bindEip", "POST", InstanceV3 + "/eip", body: true, h.Network.BindEip),
        V3("unbindEip", "DELETE", InstanceV3 + "/eip", body: false, h.Network.UnbindEip),
        V3("updateInstanceElbIp", "PUT", InstanceV3 + "/elb/ip", body: true, h.Network.ChangeElbIp),
        V3("showInstanceNodeV3", "GET", InstanceV3 + "/nodes/{node_id}", body: false, h.Nodes.ShowV3),
        V3("updateInstanceNameV3", "PUT", InstanceV3 + "/name", body: true, h.InstancesV3.Rename),
        V3("updateInstanceSecurityGroupV3", "PUT", InstanceV3 + "/security-group", body: true, h.InstancesV3.ChangeSecurityGroup),
        V3("reloadTableDataV3", "POST", InstanceV3 + "/reload-config", body: true, h.DataNodes.ReloadTableData) with { BodyOptional = true },
        V3("checkRdsConnection", "POST", InstanceV3 + "/rds/connection", body: true, h.RdsConnections.Check),
        V3("updateInstanceReadonlyStatus", "PUT", InstanceV3 + "/readonly-status", body: true, h.Settings.SetReadOnly),
        V3("listTmlogs", "GET", InstanceV3 + "/tmlogs", body: false, h.Tmlogs.List),
        V3("moveTmlogs", "POST", InstanceV3 + "/tmlogs", body: true, h.Tmlogs.Move),
        // 4.3–4.10: one line per chapter, each chapter's own table
        ..Jobs.TaskChapter.Operations(h.Context),
        ..Monitoring.MonitoringChapter.Operations(h.Context),
        ..Sessions.SessionChapter.Operations(h.Context),
        ..KernelVersions.KernelVersionChapter.Operations(h.Context),
        ..Backups.BackupChapter.Operations(h.Context),
        ..Parameters.ParametersChapter.Operations(h.Context),
        ..Schemas.SchemaChapter.Operations(h.Context),
        ..Accounts.AccountsChapter.Operations(h.Context),
    ];

    /// <summary>An operation with v1/v2 error bodies (errCode/externalMessage).</summary>
    public static Operation V1(string id, string method, string path, bool body, Func<OperationRequest, OperationResult> handle)
        => new(id, method, path, ErrorFormat.V1, RequiresAuth: true, TakesBody: body, handle);

    /// <summary>An operation with v3 error bodies (error_code/error_msg).</summary>
    public static Operation V3(string id, string method, string path, bool body, Func<OperationRequest, OperationResult> handle)
        => new(id, method, path, ErrorFormat.V3, RequiresAuth: true, TakesBody: body, handle);
}
