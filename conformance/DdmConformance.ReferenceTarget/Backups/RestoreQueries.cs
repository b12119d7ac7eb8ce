using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>
/// 4.9.4–4.9.7: what a restoration can use. Each validates its query first (400), then looks the instance up
/// (404), then checks what the query names (restore time within the range, destination instance, data node).
/// </summary>
internal sealed class RestoreQueries(BackupStore store, InstanceAccess access)
{
    /// <summary>4.9.4 Querying Data Nodes Associated with an Instance at a Restoration Time Point.</summary>
    public OperationResult RelatedDataNodes(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var point = RestorePoint.FromQuery(request.Query, "restore_time");
        var instance = access.Find(request);
        var range = store.Project(request).RangeOf(instance.Id, access.Now);
        RestorePoint.RequireWithin(range, point, "restore_time");

        var nodes = DataNodeDirectory.Ids;
        var json = BackupRepresentation.Page("related_data_nodes",
            paging.Page(nodes).Select(id => (JsonNode)DataNodeDirectory.RelatedAtRestorePoint(id)), paging.Offset, paging.Limit, nodes.Length);
        json["latest_restorable_time"] = WireTime.Format(range!.Value.End);
        return OperationResult.Ok(json);
    }

    /// <summary>4.9.5 Querying the Restoration Time Range: one range from the oldest backup to now, none without backups.</summary>
    public OperationResult TimeIntervals(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var instance = access.Find(request);
        var ranges = store.Project(request).RangeOf(instance.Id, access.Now) is { } range ? new[] { range } : [];
        var items = paging.Page(ranges).Select(r => (JsonNode)new JsonObject
        {
            ["start_time"] = WireTime.Format(r.Start),
            ["end_time"] = WireTime.Format(r.End),
        });
        return OperationResult.Ok(BackupRepresentation.Page("restorable_time_intervals", items, paging.Offset, paging.Limit, ranges.Length));
    }

    /// <summary>
    /// 4.9.6 Querying Data Nodes Available to Restore Data to a Point in Time: every seeded RDS instance, the
    /// source data node included (the 4.9.9 example restores a data node onto itself). Table 4-492 has only
    /// the list; the example also pages it (offset, limit, total), and so does the target.
    /// </summary>
    public OperationResult RestorableDataNodes(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var targetId = QueryParameters.RequiredString(request.Query, "target_instance_id");
        var sourceNode = QueryParameters.RequiredString(request.Query, "source_dn_instance_id");
        var point = RestorePoint.FromQuery(request.Query, "restore_time");
        var instance = access.Find(request);
        if (access.Project(request).Find(targetId, access.Now) is null)
            throw new ApiErrorException(ApiError.InvalidDestinationInstance(targetId));
        if (!DataNodeDirectory.Exists(sourceNode))
            throw JsonFields.Invalid($"source_dn_instance_id '{sourceNode}' is no data node of instance {instance.Id} (see 4.9.4)");
        RestorePoint.RequireWithin(store.Project(request).RangeOf(instance.Id, access.Now), point, "restore_time");

        var items = paging.Page(RdsFixtures.All).Select(r => (JsonNode)DataNodeDirectory.RestoreTarget(r));
        return OperationResult.Ok(BackupRepresentation.Page("target_data_nodes", items, paging.Offset, paging.Limit, RdsFixtures.All.Count));
    }

    /// <summary>
    /// 4.9.7 Querying Instances That Can Be Used for Restoration: the project's instances, newest first, each
    /// available while RUNNING (a restoration needs it so, DBS.200076). The source itself is one of them:
    /// the document does not forbid restoring an instance in place.
    /// </summary>
    public OperationResult RestorableInstances(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        access.Find(request);
        var (page, total) = access.Project(request).List(paging.Offset, paging.Limit, access.Now);
        var items = page.Select(i => (JsonNode)new JsonObject
        {
            ["instance_name"] = i.Name,
            ["instance_id"] = i.Id,
            ["status"] = i.Status == InstanceStatus.Running ? "normal" : "abnormal",
            ["available"] = i.Status == InstanceStatus.Running,
            ["unavailable_reason"] = i.Status == InstanceStatus.Running ? "" : $"The instance is {i.Status.ToWire()}, not RUNNING.",
            ["vpc_name"] = DataNodeDirectory.VpcName,
        });
        return OperationResult.Ok(BackupRepresentation.Page("instances", items, paging.Offset, paging.Limit, total));
    }
}
