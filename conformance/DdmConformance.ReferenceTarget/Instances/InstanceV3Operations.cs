using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// The v3 twins of 4.2.4–4.2.7: 4.2.25 delete, 4.2.28 restart, 4.2.35 rename, 4.2.36 security group.
/// Same rules as v1, v3 answers (202 and a job id, v3 error bodies).
/// </summary>
internal sealed class InstanceV3Operations(InstanceAccess access, JobAnswers answers, ActiveDeviations deviations, ReferenceTargetOptions options)
{
    private static readonly string[] TrueFalse = ["true", "false"];

    /// <summary>
    /// 4.2.25 Deleting an Instance (a V3 API): the instance goes at once (A.6 has no DELETED status); the
    /// job stands for releasing its resources. delete_dn_data concerns the RDS side, which is not modelled.
    /// </summary>
    public OperationResult Delete(OperationRequest request)
    {
        QueryParameters.OptionalEnum(request.Query, "delete_dn_data", TrueFalse);
        var deleted = access.Project(request).Delete(request.Path("instance_id"), access.Now);
        return answers.Job(access.Record(request, "DeleteInstance", deleted, access.Now + access.ChangeDelay));
    }

    /// <summary>4.2.28 Restarting an Instance (a V3 API): RESTARTING, as 4.2.7.</summary>
    public OperationResult Restart(OperationRequest request)
    {
        var started = access.Begin(request, "RestartInstance",
            (current, at) => current.Restarting(at.Now, at.DueAt), options.RestartDelay);
        return answers.Job(started.Job);
    }

    /// <summary>4.2.35 Changing an Instance Name (a V3 API): MODIFY_NAME until the job completes, then the new name.</summary>
    public OperationResult Rename(OperationRequest request)
    {
        var name = JsonFields.Root(request.RequiredBody).RequiredString("name");
        FieldRules.InstanceName("name", name);
        var ignored = deviations.IsOn(Deviation.RenameV3Ignored);
        var started = access.Begin(request, "ModifyName",
            (current, at) => current.Begin(InstanceStatus.ModifyName, at.Now, at.DueAt, done => ignored ? done : done with { Name = name }));
        return answers.Job(started.Job);
    }

    /// <summary>4.2.36 Changing the Security Group of an Instance (a V3 API): at once, answered with an empty object.</summary>
    public OperationResult ChangeSecurityGroup(OperationRequest request)
    {
        var securityGroupId = JsonFields.Root(request.RequiredBody).RequiredString("security_group_id");
        InstanceOperations.RequireSecurityGroupId(securityGroupId);
        access.Update(request, (current, at) => current.WithSecurityGroup(securityGroupId, at.Now));
        return OperationResult.Ok(new JsonObject());
    }
}
