using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Topology;

/// <summary>
/// Adding and removing nodes: 4.2.9 and 4.2.10 (v2), 4.2.24 and 4.2.33 (v3). The node count changes when
/// the request is accepted; the instance is GROWING or REDUCING until the job completes, then RUNNING.
/// </summary>
internal sealed class ScalingOperations(InstanceAccess access, JobAnswers answers, ActiveDeviations deviations)
{
    /// <summary>4.2.9 Scaling Out a DDM Instance.</summary>
    public OperationResult ScaleOutV2(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var flavorId = body.RequiredString("flavor_id");
        var count = body.RequiredInt32("node_number");
        FieldRules.Range("node_number", count, 1, TopologyChanges.MaxNodesPerGroup);
        var groupId = body.OptionalString("group_id");
        body.OptionalBoolean("is_auto_pay"); // orders are settled at once, paid or not
        var zones = body.OptionalStringArray("available_zones") ?? [];
        for (var i = 0; i < zones.Count; i++)
            FieldRules.NotEmpty($"available_zones[{i}]", zones[i]);
        // The new nodes join a group, and take its class; the flavor must exist all the same.
        _ = FlavorCatalogue.ById(flavorId) ?? throw JsonFields.Invalid($"flavor_id '{flavorId}' names no node class (see 4.2.16)");

        var (instance, job) = access.Begin(request, "EnlargeNode", (current, at) =>
        {
            var group = TopologyChanges.Named(current, groupId, "group_id");
            // Table 4-57: the AZs count only for yearly/monthly instances, one per new node.
            var ownZones = current.IsSubscription && zones.Count > 0 ? zones : null;
            if (ownZones is not null && ownZones.Count != count)
                throw JsonFields.Invalid($"available_zones has {ownZones.Count} AZs for node_number {count}");
            return TopologyChanges.AddNodes(current, group, count, ownZones, group.Nodes[0].SubnetId, at);
        });
        return V2Answer(instance, job);
    }

    /// <summary>4.2.10 Scaling In a DDM Instance: the group's most recently added nodes go.</summary>
    public OperationResult ScaleInV2(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var count = body.RequiredInt32("node_number");
        if (count < 1)
            throw JsonFields.Invalid("node_number must be at least 1");
        var groupId = body.OptionalString("group_id");

        var (instance, job) = access.Begin(request, "ReduceNode", (current, at) =>
        {
            if (current.IsSubscription)
                throw JsonFields.Invalid("yearly/monthly instances cannot be scaled in (4.2.10 Constraints)");
            var group = TopologyChanges.Named(current, groupId, "group_id");
            // Table 4-63: at most the group's nodes minus one.
            if (count > group.Nodes.Length - 1)
                throw JsonFields.Invalid($"node_number {count} exceeds the {group.Nodes.Length - 1} node(s) group {group.Id} can lose");
            var newest = group.Nodes.TakeLast(count).Select(n => n.NodeId).ToHashSet(StringComparer.Ordinal);
            return TopologyChanges.RemoveNodes(current, group, newest, at);
        });
        return V2Answer(instance, job);
    }

    /// <summary>4.2.24 Scaling Out a DDM Instance (a V3 API).</summary>
    public OperationResult ScaleOutV3(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var groupId = body.OptionalString("group_id");
        var subnetId = body.OptionalString("subnet_id");
        if (subnetId is not null)
            FieldRules.NotEmpty("subnet_id", subnetId);
        body.OptionalBoolean("is_auto_pay");
        var zones = body.RequiredObjectArray("nodes", 1, TopologyChanges.MaxNodesPerGroup)
            .Select(node => ZoneOf(node))
            .ToList();

        var started = access.Begin(request, "EnlargeNode", (current, at) =>
        {
            var group = TopologyChanges.Named(current, groupId, "group_id");
            var subnets = group.SubnetIds.ToList();
            if (subnetId is null && subnets.Count > 1)
                throw JsonFields.Invalid($"subnet_id is mandatory: group {group.Id} has {subnets.Count} subnets");
            return TopologyChanges.AddNodes(current, group, zones.Count, zones, subnetId ?? subnets[0], at);
        });
        return answers.JobOrOrder(started, access.Now);
    }

    /// <summary>4.2.33 Deleting Nodes from an Instance: nodes of one group, at least one of which stays.</summary>
    public OperationResult DeleteNodesV3(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var nodeIds = body.RequiredStringArray("node_ids");
        if (nodeIds.Count == 0)
            throw JsonFields.Invalid("node_ids must name at least one node");
        if (nodeIds.Distinct(StringComparer.Ordinal).Count() != nodeIds.Count)
            throw JsonFields.Invalid("node_ids names a node twice");

        var started = access.Begin(request, "ReduceNode", (current, at) =>
        {
            var nodes = nodeIds.Select(id => current.Node(id) ?? throw JsonFields.Invalid($"node_ids: '{id}' names no node of instance {current.Id}")).ToList();
            var groups = nodes.Select(n => n.GroupId).Distinct(StringComparer.Ordinal).ToList();
            if (groups.Count > 1)
                throw JsonFields.Invalid("node_ids names nodes of different groups (4.2.33 Constraints)");
            return TopologyChanges.RemoveNodes(current, current.Group(groups[0])!, nodeIds.ToHashSet(StringComparer.Ordinal), at);
        });
        return answers.JobOrOrder(started, access.Now);
    }

    private static string ZoneOf(JsonFields node)
    {
        var zone = node.RequiredString("available_zone");
        FieldRules.NotEmpty(node.PathOf("available_zone"), zone);
        return zone;
    }

    /// <summary>Tables 4-58, 4-64: instanceName and jobId for pay-per-use, orderId for yearly/monthly.</summary>
    private OperationResult V2Answer(DdmInstance instance, Job job)
    {
        var snake = deviations.IsOn(Deviation.V2JobIdSnakeCase);
        var json = new JsonObject { [snake ? "instance_id" : "instanceId"] = instance.Id };
        if (instance.IsSubscription)
        {
            json[snake ? "order_id" : "orderId"] = ResourceIds.Order(access.Now);
            return OperationResult.Ok(json);
        }
        json[snake ? "instance_name" : "instanceName"] = instance.Name;
        json[snake ? "job_id" : "jobId"] = job.Id;
        return OperationResult.Ok(json);
    }
}
