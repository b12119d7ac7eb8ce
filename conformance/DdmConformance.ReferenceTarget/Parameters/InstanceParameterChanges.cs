using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Parameters;

/// <summary>
/// 4.10.3 and 4.10.4 Modifying Parameters of an Instance: the values land in the instance's own parameter
/// group, which 4.2.23 shows. Every value is checked against its parameter's range before the instance is
/// looked up; the instance must be RUNNING (DBS.200076).
/// </summary>
internal sealed class InstanceParameterChanges(ChapterContext context)
{
    private const string JobName = "ModifyConfiguration";

    /// <summary>
    /// 4.10.3: asynchronous, as its <c>jobId</c> says. The instance is SET_CONFIGURATION ("The instance parameters
    /// are being updated", A.6) until the job completes; then the values hold. <c>configId</c>/<c>configName</c>
    /// name the instance's parameter group; <c>nodeList</c> (null in the example, a String in Table 4-531) is left out.
    /// </summary>
    public OperationResult ModifyV3(OperationRequest request)
    {
        var values = ParameterValuesReader.Read(request.RequiredBody, required: true, ParameterDefaults.All, emptyValueAllowed: true);
        var needRestart = false;
        var started = context.Access.Begin(request, JobName, (current, at) =>
        {
            needRestart = ParameterValuesReader.NeedsRestart(values, current.Parameters.Values);
            return current.Begin(InstanceStatus.SetConfiguration, at.Now, at.DueAt,
                done => done with { Parameters = InstanceParameterValues.Applied(done.Parameters, values, at.DueAt) });
        });
        var group = started.Instance.Parameters;
        return OperationResult.Ok(new JsonObject
        {
            ["needRestart"] = context.Deviations.IsOn(Deviation.NeedRestartAsString) ? JsonValue.Create(needRestart ? "true" : "false") : JsonValue.Create(needRestart),
            ["jobId"] = started.Job.Id,
            ["configId"] = group.Id,
            ["configName"] = group.Name,
        });
    }

    /// <summary>
    /// 4.10.4: the answer has no job id, so the values hold at once and the instance stays RUNNING; the job
    /// only records the work (for 4.5). <c>name</c>/<c>description</c> rename and describe the instance's
    /// parameter group.
    /// </summary>
    public OperationResult ModifyV31(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var values = ParameterValuesReader.Read(request.RequiredBody, required: true, ParameterDefaults.All, emptyValueAllowed: true);
        var name = body.OptionalString("name") is { } n ? Templates.TemplateFields.Name("name", n) : null;
        var description = body.OptionalString("description") is { } d ? Templates.TemplateFields.Description("description", d, truncate: false) : null;

        var needRestart = false;
        var instance = context.Access.Update(request, (current, at) =>
        {
            needRestart = ParameterValuesReader.NeedsRestart(values, current.Parameters.Values);
            return current.Changed(at.Now, i => i with
            {
                Parameters = InstanceParameterValues.Applied(i.Parameters, values, at.Now) with
                {
                    Name = name ?? i.Parameters.Name,
                    Description = description ?? i.Parameters.Description,
                },
            });
        });
        context.Access.Record(request, JobName, instance, context.Access.Now);
        return OperationResult.Ok(new JsonObject { ["need_restart"] = needRestart });
    }
}
