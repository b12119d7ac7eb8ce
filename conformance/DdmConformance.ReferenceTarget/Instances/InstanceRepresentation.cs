using System.Globalization;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// The wire shapes of an instance: Table 4-22 (details) and Table 4-16 (list item). Fields that do not
/// apply are omitted, never null: order_id for pay-per-use, admin_username when none was given, error_msg
/// while nothing is wrong, the EIP while none is bound.
/// </summary>
internal sealed class InstanceRepresentation(ActiveDeviations deviations)
{
    /// <summary>
    /// Table 4-22, ShowInstanceResponse, plus what the table has no field for but a client must be able
    /// to read back: <c>readonly</c> (4.2.39) and the bound EIP, <c>public_ip</c>/<c>public_ip_id</c>
    /// (4.2.30), named as the requests that set them name them.
    /// </summary>
    public JsonObject Details(DdmInstance instance)
    {
        var json = Common(instance);
        var nodes = new JsonArray();
        foreach (var group in instance.Groups)
        {
            foreach (var node in group.Nodes)
            {
                nodes.Add(new JsonObject
                {
                    ["status"] = node.State.ToDetailStatus(),
                    ["port"] = Port(instance),
                    // Table 4-23: with load balancing (every group has it) the group's ELB address.
                    ["ip"] = group.ElbIp,
                    ["group_id"] = group.Id,
                    ["node_id"] = node.NodeId,
                });
            }
        }
        json["nodes"] = nodes;
        if (instance.Purchase.AdminUsername is { } admin)
            json["admin_username"] = admin;
        json["readonly"] = instance.ReadOnly;
        if (instance.Eip is { } eip)
        {
            json["public_ip"] = eip.PublicIp;
            json["public_ip_id"] = eip.PublicIpId;
        }
        return json;
    }

    /// <summary>Table 4-16, ShowInstanceBeanResponse.</summary>
    public JsonObject ListItem(DdmInstance instance) => Common(instance);

    private JsonObject Common(DdmInstance instance)
    {
        var withoutZone = deviations.IsOn(Deviation.TimestampsWithoutZone);
        var status = instance.Status.ToWire();
        var nodeCount = instance.Nodes.Count();
        var json = new JsonObject
        {
            ["id"] = instance.Id,
            ["status"] = deviations.IsOn(Deviation.StatusLowercase) ? status.ToLowerInvariant() : status,
            ["name"] = instance.Name,
            ["created"] = WireTime.Format(instance.Created, withoutZone),
            ["updated"] = WireTime.Format(instance.Updated, withoutZone),
            ["available_zone"] = string.Join(",", instance.Purchase.AvailableZones),
            ["vpc_id"] = instance.Purchase.VpcId,
            ["subnet_id"] = instance.Purchase.SubnetId,
            ["security_group_id"] = instance.SecurityGroupId,
            ["node_count"] = deviations.IsOn(Deviation.NodeCountAsString)
                ? JsonValue.Create(nodeCount.ToString(CultureInfo.InvariantCulture))
                : JsonValue.Create(nodeCount),
        };
        json["access_ip"] = instance.AccessIp;
        json["access_port"] = Port(instance);
        json["core_count"] = instance.Flavor.Vcpus.ToString(CultureInfo.InvariantCulture);
        json["ram_capacity"] = instance.Flavor.MemoryGb.ToString(CultureInfo.InvariantCulture);
        json["node_status"] = status;
        json["enterprise_project_id"] = instance.Purchase.EnterpriseProjectId;
        json["project_id"] = instance.ProjectId;
        json["engine_version"] = instance.Engine.Version;
        if (instance.OrderId is { } orderId)
            json["order_id"] = orderId;
        json["enable_ssl"] = instance.SslEnabled;
        json["flavor_ref"] = instance.Flavor.SpecCode;
        return json;
    }

    /// <summary>Ports are strings on the wire (Tables 4-16, 4-23), as in the examples.</summary>
    public static string Port(DdmInstance instance) => instance.Port.ToString(CultureInfo.InvariantCulture);
}
