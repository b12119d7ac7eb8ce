using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>4.9.1–4.9.3: listing, deleting and reading backups.</summary>
internal sealed class BackupOperations(BackupStore store, InstanceAccess access, JobStore jobs, BackupRepresentation representation,
    JobAnswers answers, ActiveDeviations deviations)
{
    /// <summary>4.9.1 Querying Backups: the project's backups, oldest first, of existing and deleted instances.</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var backups = store.Project(request).All();
        var shown = deviations.IsOn(Deviation.BackupListIgnoresLimit) ? backups : paging.Page(backups).ToList();
        var project = access.Project(request);
        var items = shown.Select(b => (JsonNode)representation.ListItem(b, project.Find(b.InstanceId, access.Now)));
        return OperationResult.Ok(BackupRepresentation.Page("backups", items, paging.Offset, paging.Limit, backups.Count));
    }

    /// <summary>
    /// 4.9.2 Deleting a Backup: gone at once (the job records the work). The instance's restorable range
    /// then starts at its oldest remaining backup.
    /// </summary>
    public OperationResult Delete(OperationRequest request)
    {
        var backupId = request.Path("backup_id");
        var removed = store.Project(request).Remove(backupId) ?? throw Unknown(backupId);
        var job = jobs.Start(request.Path("project_id"), "DeleteBackup", removed.InstanceId, removed.InstanceName, access.Now + access.ChangeDelay);
        return answers.Job(job);
    }

    /// <summary>4.9.3 Querying Backup Details: a backup of the instance in the path (404 for another instance's).</summary>
    public OperationResult Show(OperationRequest request)
    {
        var instance = access.Find(request);
        var backupId = request.Path("backup_id");
        var backup = store.Project(request).Find(backupId);
        if (backup is null || backup.InstanceId != instance.Id)
            throw Unknown(backupId);
        return OperationResult.Ok(BackupRepresentation.Details(backup, instance));
    }

    private ApiErrorException Unknown(string backupId)
        => new(deviations.IsOn(Deviation.UnknownBackup400)
            ? ApiError.InvalidParameter($"no backup '{backupId}' here")
            : ApiError.UnknownResource("backup", backupId));
}
