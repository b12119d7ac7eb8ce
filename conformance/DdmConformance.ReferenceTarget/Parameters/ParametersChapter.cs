using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Parameters.Templates;

namespace DdmConformance.ReferenceTarget.Parameters;

/// <summary>
/// 4.10 Parameter Management: templates (4.10.1, 4.10.2, 4.10.5–4.10.11) and the instance parameter changes
/// (4.10.3 v3, 4.10.4 v3.1). <c>/configurations/diff</c> lies beside <c>/configurations/{config_id}</c>; the
/// route table tries literal segments first, so <c>diff</c> is never taken for a template id.
/// </summary>
internal static class ParametersChapter
{
    private const string Configurations = "/v3/{project_id}/configurations";
    private const string Configuration = Configurations + "/{config_id}";
    private const string InstanceConfigurations = "/{project_id}/instances/{instance_id}/configurations";

    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var representation = new TemplateRepresentation(context.Deviations);
        var templates = new TemplateOperations(context, representation);
        var queries = new TemplateQueries(context, representation);
        var changes = new InstanceParameterChanges(context);
        return
        [
            OperationTable.V3("listConfigurations", "GET", Configurations, body: false, templates.List),
            OperationTable.V3("showConfiguration", "GET", Configuration, body: false, templates.Show),
            OperationTable.V3("updateInstanceConfigurations", "PUT", "/v3" + InstanceConfigurations, body: true, changes.ModifyV3),
            OperationTable.V3("updateInstanceConfigurationsV31", "PUT", "/v3.1" + InstanceConfigurations, body: true, changes.ModifyV31),
            OperationTable.V3("createConfiguration", "POST", Configurations, body: true, templates.Create),
            OperationTable.V3("deleteConfiguration", "DELETE", Configuration, body: false, templates.Delete),
            OperationTable.V3("listConfigurationApplyHistories", "GET", Configuration + "/apply-histories", body: false, queries.ApplyHistories),
            OperationTable.V3("copyConfiguration", "POST", Configuration + "/copy", body: true, templates.Copy),
            OperationTable.V3("updateConfiguration", "PUT", Configuration, body: true, templates.Update),
            OperationTable.V3("listConfigurationApplicableInstances", "GET", Configuration + "/query-instances", body: false, queries.ApplicableInstances),
            OperationTable.V3("compareConfigurations", "PUT", Configurations + "/diff", body: true, queries.Compare),
        ];
    }
}
