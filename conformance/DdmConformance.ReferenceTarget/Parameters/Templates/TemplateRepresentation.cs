using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>Templates as Tables 4-523 (list item) and 4-525/4-526 (details) show them.</summary>
internal sealed class TemplateRepresentation(ActiveDeviations deviations)
{
    /// <summary>The database type every template is for (the examples' <c>datastore_name</c>).</summary>
    public const string Datastore = "ddm";

    public JsonObject ListItem(ParameterTemplate template) => new()
    {
        ["id"] = template.Id,
        ["name"] = template.Name,
        ["description"] = template.Description,
        ["datastore_name"] = Datastore,
        ["created"] = Time(template.Created),
        ["updated"] = Time(template.Updated),
        ["user_defined"] = template.UserDefined,
    };

    public JsonObject Details(ParameterTemplate template)
    {
        var flagsAsStrings = deviations.IsOn(Deviation.TemplateFlagsAsStrings);
        var parameters = new JsonArray();
        foreach (var p in TemplateParameters.WithValues(template.Values))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = p.Name,
                ["value"] = p.Value,
                ["restart_required"] = flagsAsStrings ? JsonValue.Create(p.NeedRestart ? "1" : "0") : JsonValue.Create(p.NeedRestart),
                ["readonly"] = flagsAsStrings ? JsonValue.Create(p.ReadOnly ? "1" : "0") : JsonValue.Create(p.ReadOnly),
                ["value_range"] = p.ValueRange,
                ["type"] = p.DataType,
                ["description"] = p.Description,
            });
        }
        return new JsonObject
        {
            ["id"] = template.Id,
            ["name"] = template.Name,
            ["datastore_name"] = Datastore,
            ["description"] = template.Description,
            ["created"] = Time(template.Created),
            ["updated"] = Time(template.Updated),
            ["configuration_parameters"] = parameters,
        };
    }

    public string Time(DateTimeOffset time) => WireTime.Format(time, deviations.IsOn(Deviation.TemplateTimestampsWithoutZone));
}
