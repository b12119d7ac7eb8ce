using System.Globalization;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// The wire shapes of an instance: Table 4-22 (details) and Table 4-16 (list item). Fields that do not
/// apply are omitted, never null: order_id for
/// pay-per-use, admin_username when none was given, error_msg while nothing is wrong.
/// </summary>
internal sealed class InstanceRepresentation(ActiveDeviations deviations)
{
    /// <summary>Table 4-22, ShowInstanceResponse.</summary>
    public JsonObject Details(DdmInstance instance)
    {
        var json = Common(instance);
        var nodes = new JsonArray();
        foreach (var node in instance.Nodes)
        {
            nodes.Add(new JsonObject
            {
                ["status"] = node.Status.ToWire(),
                ["port"] = node.Port,
                ["ip"] = node.Ip,
                ["group_id"] = node.GroupId,
                ["node_id"] = node.NodeId,
            });
        }
        json["nodes"] = nodes;
        if (instance.Purchase.AdminUsername is { } admin)
            json["admin_username"] = admin;
        return json;
    }

    /// <summary>Table 4-16, ShowInstanceBeanResponse.</summary>
    public JsonObject ListItem(DdmInstance instance) => Common(instance);

    private JsonObject Common(DdmInstance instance)
    {
        var withoutZone = deviations.IsOn(Deviation.TimestampsWithoutZone);
        var status = instance.Status.ToWire();
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
                ? JsonValue.Create(instance.Purchase.NodeNum.ToString(CultureInfo.InvariantCulture))
                : JsonValue.Create(instance.Purchase.NodeNum),
        };
        if (instance.AccessIp is { } accessIp)
        {
            json["access_ip"] = accessIp;
            json["access_port"] = DdmInstance.AccessPort;
        }
        json["core_count"] = instance.NodeClass.Vcpus.ToString(CultureInfo.InvariantCulture);
        json["ram_capacity"] = instance.NodeClass.MemoryGb.ToString(CultureInfo.InvariantCulture);
        json["node_status"] = status;
        json["enterprise_project_id"] = instance.Purchase.EnterpriseProjectId;
        json["project_id"] = instance.ProjectId;
        json["engine_version"] = EngineVersion;
        if (instance.OrderId is { } orderId)
            json["order_id"] = orderId;
        json["enable_ssl"] = false;
        json["flavor_ref"] = instance.NodeClass.SpecCode;
        return json;
    }

    /// <summary>engine_id values are opaque; every instance runs the newest kernel the document shows.</summary>
    private const string EngineVersion = "3.0.8";
}
