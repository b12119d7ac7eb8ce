using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Topology;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Settings;

/// <summary>
/// 4.2.30–4.2.32: the EIP and the load balancer addresses. A.6 has no status for these changes, so the
/// instance stays RUNNING and the change holds at once; the job records the work. Instance details show
/// the bound EIP (<c>public_ip</c>, <c>public_ip_id</c>); a group's ELB address is its <c>endpoint</c>
/// (4.2.18) and, for the default group, the instance's <c>access_ip</c>.
/// </summary>
internal sealed class NetworkOperations(InstanceAccess access, JobAnswers answers)
{
    /// <summary>4.2.30 Binding an EIP: one EIP per instance; binding a second one is refused.</summary>
    public OperationResult BindEip(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var publicIp = body.RequiredString("public_ip");
        FieldRules.Ipv4("public_ip", publicIp);
        var publicIpId = body.RequiredString("public_ip_id");
        FieldRules.Uuid("public_ip_id", publicIpId);

        var started = access.Begin(request, "BindEip", (current, at) =>
        {
            if (current.Eip is { } bound)
                throw JsonFields.Invalid($"instance {current.Id} already has EIP {bound.PublicIp}; unbind it first");
            return current.Changed(at.Now, i => i with { Eip = new ElasticIp(publicIp, publicIpId) });
        });
        return answers.Job(started.Job);
    }

    /// <summary>4.2.31 Unbinding an EIP: refused when none is bound.</summary>
    public OperationResult UnbindEip(OperationRequest request)
    {
        var started = access.Begin(request, "UnbindEip", (current, at) =>
        {
            if (current.Eip is null)
                throw JsonFields.Invalid($"instance {current.Id} has no EIP bound");
            return current.Changed(at.Now, i => i with { Eip = null });
        });
        return answers.Job(started.Job);
    }

    /// <summary>4.2.32 Changing the ELB Load Balancer IP Address: an address no other group of the instance uses.</summary>
    public OperationResult ChangeElbIp(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var newIp = body.RequiredString("new_ip");
        FieldRules.Ipv4("new_ip", newIp);
        var groupId = body.OptionalString("group_id");

        var started = access.Begin(request, "ModifyElbIp", (current, at) =>
        {
            var group = TopologyChanges.Named(current, groupId, "group_id");
            if (current.Groups.Any(g => g.Id != group.Id && g.ElbIp == newIp))
                throw JsonFields.Invalid($"new_ip {newIp} is the address of another group of instance {current.Id}");
            return current.Changed(at.Now, i => i.WithGroup(group with { ElbIp = newIp }));
        });
        return answers.Job(started.Job);
    }
}
