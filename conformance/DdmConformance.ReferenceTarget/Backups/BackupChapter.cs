using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>4.9 Backup Management: the chapter's operations, over one backup store per target.</summary>
internal static class BackupChapter
{
    private const string Instance = "/v3/{project_id}/instances/{instance_id}";

    internal static IEnumerable<Operation> Operations(ChapterContext context)
    {
        var store = new BackupStore(context.Access, context.Jobs);
        var backups = new BackupOperations(store, context.Access, context.Jobs, new BackupRepresentation(context.Deviations), context.Answers, context.Deviations);
        var queries = new RestoreQueries(store, context.Access);
        var restores = new RestoreOperations(store, context.Access, context.Jobs, context.Deviations);
        return
        [
            OperationTable.V3("listBackups", "GET", "/v3/{project_id}/backups", body: false, backups.List),
            OperationTable.V3("deleteBackup", "DELETE", "/v3/{project_id}/backups/{backup_id}", body: false, backups.Delete),
            // Beside the literal sub-paths below: the route table tries literal segments first.
            OperationTable.V3("showBackup", "GET", Instance + "/backups/{backup_id}", body: false, backups.Show),
            OperationTable.V3("listRestoreRelatedDataNodes", "GET", Instance + "/backups/related-dn", body: false, queries.RelatedDataNodes),
            OperationTable.V3("listRestorableTimeIntervals", "GET", Instance + "/backups/restorable-time-interval", body: false, queries.TimeIntervals),
            OperationTable.V3("listRestorableDataNodes", "GET", Instance + "/backups/restorable-data-node", body: false, queries.RestorableDataNodes),
            OperationTable.V3("listRestorableInstances", "GET", Instance + "/backups/restorable-instances", body: false, queries.RestorableInstances),
            OperationTable.V3("restoreMetadata", "POST", Instance + "/backups/metadata-recovery", body: true, restores.RestoreMetadata),
            OperationTable.V3("restoreToNewInstance", "POST", Instance + "/backups/recovery", body: true, restores.RestoreToNewInstance),
        ];
    }
}
