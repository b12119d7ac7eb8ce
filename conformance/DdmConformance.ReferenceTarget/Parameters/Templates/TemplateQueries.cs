using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>
/// 4.10.7 application records, 4.10.10 applicable instances and 4.10.11 comparison: what a template is to the
/// rest of the project. All three change nothing.
/// </summary>
internal sealed class TemplateQueries(ChapterContext context, TemplateRepresentation representation)
{
    private ProjectTemplates Templates(OperationRequest request) => context.Templates.For(request.Path("project_id"));

    /// <summary>
    /// 4.10.7: the instances the template was applied to (when they were bought with it as <c>param_group_id</c>),
    /// newest first. Table 4-545 calls <c>target_id</c>/<c>target_name</c> the template's id and name; the
    /// example shows instance ids (<c>…in09</c>) and names, which is what they are here.
    /// </summary>
    public OperationResult ApplyHistories(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var template = Templates(request).Get(request.Path("config_id"));
        var now = context.Clock.GetUtcNow();
        var histories = new JsonArray();
        foreach (var record in paging.Page(template.History))
        {
            // error_message only for a failed application, which never happens here (Table 4-545).
            histories.Add(new JsonObject
            {
                ["target_id"] = record.InstanceId,
                ["target_name"] = record.InstanceName,
                ["apply_result"] = record.ResultAt(now),
                ["applied_at"] = representation.Time(record.AppliedAt),
            });
        }
        return OperationResult.Ok(new JsonObject { ["histories"] = histories, ["total"] = template.History.Count });
    }

    /// <summary>4.10.10: every instance of the project, newest first (the document states no condition; templates are not engine-specific).</summary>
    public OperationResult ApplicableInstances(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        Templates(request).Get(request.Path("config_id"));
        var (page, total) = context.Access.Project(request).List(paging.Offset, paging.Limit, context.Clock.GetUtcNow());
        var entities = new JsonArray();
        foreach (var instance in page)
            entities.Add(new JsonObject { ["instance_id"] = instance.Id, ["instance_name"] = instance.Name });
        return OperationResult.Ok(new JsonObject { ["entities"] = entities, ["total"] = total });
    }

    /// <summary>
    /// 4.10.11: the parameters whose values differ, in catalogue order. An id that names no template of the
    /// project is A.3 DBS.200057 (it is in the body, not the path, so not a 404).
    /// </summary>
    public OperationResult Compare(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var sourceId = TemplateFields.TemplateId("source_id", body.RequiredString("source_id"));
        var targetId = TemplateFields.TemplateId("target_id", body.RequiredString("target_id"));

        var templates = Templates(request);
        var source = Named(templates, "source_id", sourceId);
        var target = Named(templates, "target_id", targetId);
        var parameters = new JsonArray();
        foreach (var p in TemplateParameters.All)
        {
            var (from, to) = (source.Values[p.Name], target.Values[p.Name]);
            if (from != to)
                parameters.Add(new JsonObject { ["name"] = p.Name, ["source_value"] = from, ["target_value"] = to });
        }
        return OperationResult.Ok(new JsonObject
        {
            ["parameters"] = parameters,
            ["source_id"] = source.Id,
            ["source_name"] = source.Name,
            ["target_id"] = target.Id,
            ["target_name"] = target.Name,
        });
    }

    private static ParameterTemplate Named(ProjectTemplates templates, string field, string id)
        => templates.Find(id) ?? throw new ApiErrorException(ApiError.InvalidParameterTemplateId($"{field} '{id}' names no parameter template"));
}
