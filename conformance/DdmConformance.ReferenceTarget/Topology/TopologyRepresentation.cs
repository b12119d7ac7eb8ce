using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Topology;

/// <summary>The wire shapes of nodes (Tables 4-82, 4-87, 4-177) and groups (Tables 4-114, 4-115).</summary>
internal sealed class TopologyRepresentation(ActiveDeviations deviations)
{
    /// <summary>Table 4-82, NodeList.</summary>
    public JsonObject NodeListItem(DdmInstance instance, InstanceNode node) => new()
    {
        ["port"] = InstanceRepresentation.Port(instance),
        ["status"] = Status(node),
        ["node_id"] = node.NodeId,
        ["ip"] = node.Ip,
        ["group_id"] = node.GroupId,
    };

    /// <summary>Table 4-87. subnet_name is omitted: the target knows subnets by id only.</summary>
    public JsonObject NodeDetails(InstanceNode node) => new()
    {
        ["status"] = Status(node),
        ["name"] = node.Name,
        ["node_id"] = node.NodeId,
        ["private_ip"] = node.Ip,
        ["floating_ip"] = node.ManagementIp,
        ["server_id"] = node.ServerId,
        ["datavolume_id"] = node.DataVolumeId,
        ["res_subnet_ip"] = node.SyncIp,
        ["systemvolume_id"] = node.SystemVolumeId,
        ["group_id"] = node.GroupId,
        ["subnet_id"] = node.SubnetId,
    };

    /// <summary>Table 4-177.</summary>
    public JsonObject NodeDetailsV3(InstanceNode node) => new()
    {
        ["id"] = node.NodeId,
        ["private_ip"] = node.Ip,
        ["status"] = Status(node),
        ["name"] = node.Name,
        ["subnet_id"] = node.SubnetId,
        ["az_code"] = node.AvailableZone,
        ["group_id"] = node.GroupId,
    };

    /// <summary>Table 4-114 (ipv6_endpoint omitted: the target has no IPv6 addresses).</summary>
    public JsonObject Group(DdmInstance instance, NodeGroup group)
    {
        var nodes = new JsonArray();
        foreach (var node in group.Nodes)
            nodes.Add(new JsonObject { ["id"] = node.NodeId, ["name"] = node.Name, ["az"] = node.AvailableZone });
        return new JsonObject
        {
            ["id"] = group.Id,
            ["name"] = group.Name,
            ["role"] = group.Role,
            // With load balancing, the group is reached through its ELB address.
            ["endpoint"] = $"{group.ElbIp}:{InstanceRepresentation.Port(instance)}",
            ["is_load_balance"] = true,
            ["is_default_group"] = group.IsDefault,
            ["cpu_num_per_node"] = group.Flavor.Vcpus,
            ["mem_num_per_node"] = group.Flavor.MemoryGb,
            // Table 4-114 spells the values "x86" and "Arm".
            ["architecture"] = group.Flavor.Architecture == Architecture.X86 ? "x86" : "Arm",
            ["node_list"] = nodes,
        };
    }

    private string Status(InstanceNode node)
    {
        var status = node.State.ToNodeStatus();
        return deviations.IsOn(Deviation.NodeStatusUppercase) ? status.ToUpperInvariant() : status;
    }
}
