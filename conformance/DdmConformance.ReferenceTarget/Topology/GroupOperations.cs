using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Topology;

/// <summary>
/// 4.2.18–4.2.20: listing, creating and deleting node groups. A new group is GROWING its instance until
/// its nodes are up; deleting one takes its nodes away at once (REDUCING until the job completes).
/// </summary>
internal sealed class GroupOperations(InstanceAccess access, TopologyRepresentation representation, JobAnswers answers, ActiveDeviations deviations)
{
    private static readonly string[] Roles = [NodeGroup.ReadWrite, NodeGroup.ReadOnly];

    /// <summary>4.2.18 Obtaining the Instance Group Information.</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var instance = access.Find(request);
        var groups = new JsonArray();
        foreach (var group in paging.Page(instance.Groups))
            groups.Add(representation.Group(instance, group));
        return OperationResult.Ok(new JsonObject { ["total_count"] = instance.Groups.Length, ["group_list"] = groups });
    }

    /// <summary>4.2.19 Creating an Instance Group.</summary>
    public OperationResult Create(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var name = body.RequiredString("name");
        if (!deviations.IsOn(Deviation.GroupNameUnchecked))
            FieldRules.InstanceName("name", name); // Table 4-118 states the instance name's rules
        var role = body.RequiredString("type");
        FieldRules.OneOf("type", role, Roles);
        var flavor = FlavorOf(body.OptionalString("flavor_id"), body.OptionalString("flavor_ref"));
        var nodes = body.RequiredObjectArray("nodes", 1, TopologyChanges.MaxNodesPerGroup).Select(NodeOf).ToList();

        NodeGroup? created = null;
        var started = access.Begin(request, "CreateGroup", (current, at) =>
        {
            var (changed, group) = TopologyChanges.AddGroup(current, name, role, flavor, nodes, at);
            created = group;
            return changed;
        });
        return answers.JobOrOrder(started, access.Now, new JsonObject { ["instance_id"] = started.Instance.Id, ["group_id"] = created!.Id });
    }

    /// <summary>4.2.20 Deleting an Instance Group.</summary>
    public OperationResult Delete(OperationRequest request)
    {
        var groupId = request.Path("group_id");
        var started = access.Begin(request, "DeleteGroup", (current, at) =>
        {
            var group = current.Group(groupId) ?? throw new ApiErrorException(ApiError.UnknownResource("group", groupId));
            return deviations.IsOn(Deviation.GroupDeleteIgnored) ? current : TopologyChanges.RemoveGroup(current, group, at);
        });
        return answers.JobOrOrder(started, access.Now);
    }

    /// <summary>Table 4-118: the flavor ID or the flavor code, one of them; both must then name the same class.</summary>
    private static Flavor FlavorOf(string? flavorId, string? flavorRef)
    {
        if (flavorId is null && flavorRef is null)
            throw JsonFields.Invalid("either flavor_id or flavor_ref is mandatory");
        var byId = flavorId is null ? null
            : FlavorCatalogue.ById(flavorId) ?? throw JsonFields.Invalid($"flavor_id '{flavorId}' names no node class (see 4.2.16)");
        var byRef = flavorRef is null ? null
            : FlavorCatalogue.BySpecCode(flavorRef) ?? throw JsonFields.Invalid($"flavor_ref '{flavorRef}' names no node class (see 4.2.16)");
        if (byId is not null && byRef is not null && byId != byRef)
            throw JsonFields.Invalid("flavor_id and flavor_ref name different node classes");
        return (byId ?? byRef)!;
    }

    /// <summary>Table 4-119: both mandatory; an empty AZ or subnet names nothing.</summary>
    private static (string Zone, string Subnet) NodeOf(JsonFields node)
    {
        var zone = node.RequiredString("available_zone");
        FieldRules.NotEmpty(node.PathOf("available_zone"), zone);
        var subnet = node.RequiredString("subnet_id");
        FieldRules.NotEmpty(node.PathOf("subnet_id"), subnet);
        return (zone, subnet);
    }
}
