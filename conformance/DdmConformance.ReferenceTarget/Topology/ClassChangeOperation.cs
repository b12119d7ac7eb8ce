using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Topology;

/// <summary>
/// 4.2.17 Changing the Node Class of a DDM Instance: one group's nodes are <c>resizing</c> (the instance
/// RESIZING) until the job completes; then the group, and for the default group the instance's
/// <c>flavor_ref</c>, <c>core_count</c> and <c>ram_capacity</c>, show the new class.
/// </summary>
internal sealed class ClassChangeOperation(InstanceAccess access, JobAnswers answers)
{
    public OperationResult Change(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var specCode = body.RequiredString("spec_code");
        var groupId = body.OptionalString("group_id");
        body.OptionalBoolean("is_auto_pay"); // orders are settled at once, paid or not
        var flavor = FlavorCatalogue.BySpecCode(specCode)
                     ?? throw JsonFields.Invalid($"spec_code '{specCode}' names no node class (appendix A.4, 4.2.16)");

        var started = access.Begin(request, "ResizeFlavor", (current, at) =>
        {
            var group = TopologyChanges.Named(current, groupId, "group_id");
            if (group.Flavor == flavor)
                throw JsonFields.Invalid($"group {group.Id} already has node class {specCode} (4.2.17 Constraints)");
            if (group.Flavor.SpecCode.StartsWith("ddm.c6s.", StringComparison.Ordinal) && specCode.StartsWith("ddm.c6.", StringComparison.Ordinal))
                throw JsonFields.Invalid("c6s node classes cannot be changed to c6 classes (4.2.17 Constraints)");
            return current
                .Begin(InstanceStatus.Resizing, at.Now, at.DueAt, done => done.Group(group.Id) is { } g
                    ? done.WithGroup(g.MapNodes(n => n with { State = NodeState.Normal }) with { Flavor = flavor })
                    : done)
                .WithGroup(group.MapNodes(n => n with { State = NodeState.Resizing }));
        });
        return answers.JobOrOrder(started, access.Now);
    }
}
