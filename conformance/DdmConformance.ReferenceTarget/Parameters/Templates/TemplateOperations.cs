using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>
/// 4.10.1, 4.10.2, 4.10.5, 4.10.6, 4.10.8 and 4.10.9: templates as objects of their own. Each handler checks
/// its input completely before it looks the template up (400 before 404), then the default-template rule.
/// </summary>
internal sealed class TemplateOperations(ChapterContext context, TemplateRepresentation representation)
{
    private ActiveDeviations Deviations => context.Deviations;

    private ProjectTemplates Templates(OperationRequest request) => context.Templates.For(request.Path("project_id"));

    /// <summary>4.10.1: the default template first, then the custom ones in creation order.</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Deviations.IsOn(Deviation.TemplatesIgnoreLimit)
            ? new Paging(0, int.MaxValue)
            : Paging.Read(request.Query, defaultLimit: 10);
        var all = Templates(request).All();
        var page = new JsonArray();
        foreach (var template in paging.Page(all))
            page.Add(representation.ListItem(template));
        return OperationResult.Ok(new JsonObject
        {
            ["configurations"] = page,
            ["offset"] = paging.Offset,
            ["limit"] = paging.Limit,
            ["total"] = all.Count,
        });
    }

    /// <summary>4.10.2: the template with every parameter and its value.</summary>
    public OperationResult Show(OperationRequest request)
        => OperationResult.Ok(representation.Details(Templates(request).Get(request.Path("config_id"))));

    /// <summary>4.10.5: a custom template from the defaults, with the values the request sets. Names need not be unique.</summary>
    public OperationResult Create(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var name = TemplateFields.Name("name", body.RequiredString("name"));
        var description = TemplateFields.Description("description", body.RequiredString("description"), truncate: true);
        var values = ParameterValuesReader.Read(request.RequiredBody, required: false, TemplateParameters.All, emptyValueAllowed: false);

        var template = Templates(request).Add(ParameterTemplate.Custom(name, description, values, context.Clock.GetUtcNow()));
        return OperationResult.Ok(new JsonObject { ["id"] = template.Id, ["name"] = template.Name });
    }

    /// <summary>4.10.9: new values (and optionally name and description) for a custom template.</summary>
    public OperationResult Update(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var values = ParameterValuesReader.Read(request.RequiredBody, required: true, TemplateParameters.All, emptyValueAllowed: false);
        var name = body.OptionalString("name") is { } n ? TemplateFields.Name("name", n) : null;
        var description = body.OptionalString("description") is { } d ? TemplateFields.Description("description", d, truncate: false) : null;

        var needRestart = false;
        Templates(request).Change(request.Path("config_id"), current =>
        {
            TemplateFields.RequireCustom(current, "updated");
            needRestart = ParameterValuesReader.NeedsRestart(values, TemplateParameters.WithValues(current.Values));
            return (current with
            {
                Name = name ?? current.Name,
                Description = description ?? current.Description,
                Values = current.Values.SetItems(values),
            }).Touched(context.Clock.GetUtcNow());
        });
        return OperationResult.Ok(new JsonObject { ["need_restart"] = needRestart });
    }

    /// <summary>4.10.8: a custom copy of a custom template (a default one "cannot be replicated"); the description is the source's unless one is given.</summary>
    public OperationResult Copy(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var newName = TemplateFields.Name("new_name", body.RequiredString("new_name"));
        var description = body.OptionalString("description") is { } d ? TemplateFields.Description("description", d, truncate: false) : null;

        var templates = Templates(request);
        var source = templates.Get(request.Path("config_id"));
        TemplateFields.RequireCustom(source, "replicated");
        templates.Add(ParameterTemplate.Custom(newName, description ?? source.Description, source.Values, context.Clock.GetUtcNow()));
        return OperationResult.Ok(new JsonObject());
    }

    /// <summary>4.10.6: removes a custom template. The document is silent on default templates; like updating, deleting one is refused.</summary>
    public OperationResult Delete(OperationRequest request)
    {
        var id = request.Path("config_id");
        var templates = Templates(request);
        if (Deviations.IsOn(Deviation.TemplateDeleteIgnored))
            TemplateFields.RequireCustom(templates.Get(id), "deleted");
        else
            templates.Remove(id, template => TemplateFields.RequireCustom(template, "deleted"));
        return OperationResult.Ok(new JsonObject());
    }
}
