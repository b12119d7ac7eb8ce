using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>The wire shapes of a backup: Table 4-465 (list item) and Table 4-471 (details).</summary>
internal sealed class BackupRepresentation(ActiveDeviations deviations)
{
    /// <summary>
    /// Table 4-465. <c>instance_name</c> is the instance's current name while it exists; <c>instance_status</c>
    /// is <c>normal</c> (as in the example) while it is RUNNING, <c>abnormal</c> while busy, <c>deleted</c> once gone.
    /// </summary>
    public JsonObject ListItem(Backup backup, DdmInstance? instance)
    {
        var withoutZone = deviations.IsOn(Deviation.BackupTimesWithoutZone);
        return new JsonObject
        {
            ["id"] = backup.Id,
            ["name"] = backup.Name,
            ["description"] = backup.Description,
            ["status"] = "normal",
            ["instance_id"] = backup.InstanceId,
            ["instance_name"] = instance?.Name ?? backup.InstanceName,
            ["instance_status"] = instance is null ? "deleted" : instance.Status == InstanceStatus.Running ? "normal" : "abnormal",
            ["file_size"] = backup.FileSizeKb,
            ["created"] = WireTime.Format(backup.Created, withoutZone),
            ["updated"] = WireTime.Format(backup.Updated, withoutZone),
            ["backup_type"] = backup.Type,
        };
    }

    /// <summary>Table 4-471.</summary>
    public static JsonObject Details(Backup backup, DdmInstance instance) => new()
    {
        ["id"] = backup.Id,
        ["name"] = backup.Name,
        ["instance_id"] = backup.InstanceId,
        ["instance_name"] = instance.Name,
        ["related_data_nodes"] = new JsonArray(backup.DataNodes.Select(id => (JsonNode?)DataNodeDirectory.Related(id)).ToArray()),
    };

    /// <summary>A page of a list, as the 4.9 lists frame it: the items, then offset, limit and total.</summary>
    public static JsonObject Page(string field, IEnumerable<JsonNode> items, int offset, int limit, int total) => new()
    {
        [field] = new JsonArray(items.ToArray<JsonNode?>()),
        ["offset"] = offset,
        ["limit"] = limit,
        ["total"] = total,
    };
}
