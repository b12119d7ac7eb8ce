using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>
/// Applying a template: the only way the document gives is buying an instance with the template's id as
/// <c>param_group_id</c> (4.2.1, "Parameter template ID"). The instance starts with the template's values,
/// and the template records the application (4.10.7), <c>APPLYING</c> until the instance is provisioned.
/// An id that names no template of the project leaves the defaults (the 4.2.1 example sends a masked id).
/// </summary>
internal static class TemplateApplication
{
    public static void OnPurchase(ParameterTemplateStore store, ProjectInstances project, DdmInstance instance,
        string? paramGroupId, DateTimeOffset now, DateTimeOffset provisionedAt)
    {
        if (paramGroupId is null || store.For(instance.ProjectId).Find(paramGroupId) is not { } template)
            return;
        project.Update(instance.Id, now, i => i with { Parameters = InstanceParameterValues.Applied(i.Parameters, template.Values, now) });
        store.For(instance.ProjectId).Change(template.Id,
            t => t with { History = t.History.Insert(0, new ApplyRecord(instance.Id, instance.Name, WireTime.ToSeconds(now), provisionedAt)) });
    }
}
