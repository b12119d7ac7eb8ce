using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Topology;

/// <summary>
/// The changes to an instance's groups and nodes, shared by the v2 and v3 operations. Each checks the
/// document's rules against the instance as it is (references 400, then state DBS.200076) and returns
/// the changed instance; nodes being added are <c>creating</c> until the work completes.
/// </summary>
internal static class TopologyChanges
{
    /// <summary>Console limits (the document states none): they bound what the in-memory target holds.</summary>
    public const int MaxNodesPerGroup = 32;

    public const int MaxGroups = 32;

    /// <summary>
    /// The group a request names. Without a group id the default group is meant: the document requires
    /// the id when an instance has several groups, the target accepts its absence and takes the default one.
    /// </summary>
    public static NodeGroup Named(DdmInstance instance, string? groupId, string field)
        => groupId is null ? instance.DefaultGroup
            : instance.Group(groupId) ?? throw JsonFields.Invalid($"{field} '{groupId}' names no group of instance {instance.Id}");

    /// <summary>Adds nodes to a group (GROWING); without AZs they are spread over the group's AZs.</summary>
    public static DdmInstance AddNodes(DdmInstance instance, NodeGroup group, int count, IReadOnlyList<string>? zones, string subnetId, Schedule at)
    {
        if (group.Nodes.Length + count > MaxNodesPerGroup)
            throw JsonFields.Invalid($"group {group.Id} would have {group.Nodes.Length + count} nodes; at most {MaxNodesPerGroup}");
        var groupZones = zones ?? group.Nodes.Select(n => n.AvailableZone).Distinct(StringComparer.Ordinal).ToList();
        var added = Enumerable.Range(0, count)
            .Select(i => NodeFactory.Create(at.Addresses, group.Id, instance.Name, instance.NodesNamed + i + 1, groupZones[i % groupZones.Count], subnetId))
            .ToImmutableArray();
        var ids = added.Select(n => n.NodeId).ToHashSet(StringComparer.Ordinal);
        return instance
            .Begin(InstanceStatus.Growing, at.Now, at.DueAt, done => done.MapNodes(n => ids.Contains(n.NodeId) ? n with { State = NodeState.Normal } : n))
            .WithGroup(group with { Nodes = group.Nodes.AddRange(added) }) with { NodesNamed = instance.NodesNamed + count };
    }

    /// <summary>Removes nodes of one group at once (REDUCING until the work completes); one node must stay.</summary>
    public static DdmInstance RemoveNodes(DdmInstance instance, NodeGroup group, IReadOnlyCollection<string> nodeIds, Schedule at)
    {
        if (group.Nodes.Length - nodeIds.Count < 1)
            throw JsonFields.Invalid($"group {group.Id} has {group.Nodes.Length} node(s); at least one must stay");
        var remaining = group.Nodes.Where(n => !nodeIds.Contains(n.NodeId)).ToImmutableArray();
        return instance.Begin(InstanceStatus.Reducing, at.Now, at.DueAt, done => done)
            .WithGroup(group with { Nodes = remaining });
    }

    /// <summary>Adds a group with new nodes (GROWING).</summary>
    public static (DdmInstance Instance, NodeGroup Group) AddGroup(
        DdmInstance instance, string name, string role, Flavor flavor, IReadOnlyList<(string Zone, string Subnet)> nodes, Schedule at)
    {
        if (instance.Groups.Length >= MaxGroups)
            throw JsonFields.Invalid($"instance {instance.Id} has {instance.Groups.Length} groups; at most {MaxGroups}");
        var groupId = ResourceIds.Group();
        var created = nodes
            .Select((n, i) => NodeFactory.Create(at.Addresses, groupId, instance.Name, instance.NodesNamed + i + 1, n.Zone, n.Subnet))
            .ToImmutableArray();
        var group = new NodeGroup(groupId, name, role, flavor, IsDefault: false, at.Addresses.NextPrivate(), created);
        var changed = instance
            .Begin(InstanceStatus.Growing, at.Now, at.DueAt, done => done.Group(groupId) is { } g ? done.WithGroup(g.MapNodes(n => n with { State = NodeState.Normal })) : done)
            with { Groups = instance.Groups.Add(group), NodesNamed = instance.NodesNamed + created.Length };
        return (changed, group);
    }

    /// <summary>Removes a group and its nodes (REDUCING); the default group stays as long as the instance.</summary>
    public static DdmInstance RemoveGroup(DdmInstance instance, NodeGroup group, Schedule at)
    {
        if (group.IsDefault)
            throw new ApiErrorException(ApiError.InvalidParameter($"group {group.Id} is the instance's default group; it goes with the instance"));
        return instance.Begin(InstanceStatus.Reducing, at.Now, at.DueAt, done => done)
            with { Groups = instance.Groups.RemoveAll(g => g.Id == group.Id) };
    }
}
