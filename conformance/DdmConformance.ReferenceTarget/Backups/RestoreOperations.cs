using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>
/// 4.9.8 and 4.9.9: restorations from the instance in the path (the source) into a destination instance of
/// the project, which shows RESTORE until the job completes. Order of checks: the body (400), the source
/// (404, then DBS.200076 unless RUNNING), what the body names (backup, restore time, data nodes: 400),
/// the destination (DBS.300372 unless an instance of the project, DBS.200076 unless RUNNING).
/// </summary>
internal sealed class RestoreOperations(BackupStore store, InstanceAccess access, JobStore jobs, ActiveDeviations deviations)
{
    /// <summary>4.9.8 Restoring Metadata: from a backup of the source, or from a point in its restorable range.</summary>
    public OperationResult RestoreMetadata(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var source = body.RequiredObject("source");
        var backupId = source.OptionalString("backup_id");
        var point = source.OptionalEpochMillis("restore_time");
        if ((backupId is null) == (point is null))
            throw JsonFields.Invalid("source needs either backup_id or restore_time (Table 4-506), not " + (backupId is null ? "neither" : "both"));
        var target = body.RequiredObject("target");
        var targetId = target.RequiredString("instance_id");
        var dataNodes = target.RequiredStringArray("data_nodes");
        if (dataNodes.Count == 0)
            throw JsonFields.Invalid("target.data_nodes must name at least one data node");
        foreach (var node in dataNodes)
            RequireDataNode(node, "target.data_nodes");

        var instance = access.Find(request).RequireRunning();
        var backups = store.Project(request);
        if (backupId is not null && backups.Find(backupId)?.InstanceId != instance.Id)
            throw JsonFields.Invalid($"source.backup_id '{backupId}' names no backup of instance {instance.Id} (see 4.9.1)");
        if (point is { } at)
            RestorePoint.RequireWithin(backups.RangeOf(instance.Id, access.Now), at, "source.restore_time");
        return Restore(request, targetId, "RestoreMetadata");
    }

    /// <summary>4.9.9 Restoring Data to a New Instance: to a point in the source's range, data node by data node.</summary>
    public OperationResult RestoreToNewInstance(OperationRequest request)
    {
        var body = JsonFields.Root(request.RequiredBody);
        var point = body.RequiredObject("source").RequiredEpochMillis("restore_time");
        var targetId = body.RequiredObject("target").RequiredString("instance_id");
        var relations = body.RequiredObjectArray("data_node_relations", 1, int.MaxValue);
        foreach (var relation in relations)
            foreach (var field in (string[])["source_instance_id", "target_instance_id"])
                RequireDataNode(relation.RequiredString(field), relation.PathOf(field));

        var instance = access.Find(request).RequireRunning();
        RestorePoint.RequireWithin(store.Project(request).RangeOf(instance.Id, access.Now), point, "source.restore_time");
        return Restore(request, targetId, "RestoreToNewInstance");
    }

    /// <summary>The destination shows RESTORE for as long as a change takes; the job records the work on it.</summary>
    private OperationResult Restore(OperationRequest request, string targetId, string jobName)
    {
        var project = access.Project(request);
        if (project.Find(targetId, access.Now) is null)
            throw new ApiErrorException(ApiError.InvalidDestinationInstance(targetId));
        var now = access.Now;
        var dueAt = now + access.ChangeDelay;
        var restoring = project.Update(targetId, now, current => current.Begin(InstanceStatus.Restore, now, dueAt, done => done));
        var job = jobs.Start(request.Path("project_id"), jobName, restoring.Id, restoring.Name, dueAt);
        var status = deviations.IsOn(Deviation.RestoreAnswers200) ? 200 : 202;
        return new OperationResult(status, new JsonObject { ["job_id"] = job.Id });
    }

    private static void RequireDataNode(string id, string field)
    {
        if (!DataNodeDirectory.Exists(id))
            throw JsonFields.Invalid($"{field}: '{id}' names no data node (see 4.9.4 and 4.9.6)");
    }
}
