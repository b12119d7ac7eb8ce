using System.Collections.Immutable;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>
/// One metadata backup of an instance (Table 4-465, BackupInfo). Backups are taken in an instant, so each
/// is <c>normal</c> from the start; <c>InstanceName</c> is the name the instance had when the backup was taken,
/// <c>InstanceOrdinal</c> which of the project's instances (in order of purchase) it belongs to (the tie-break
/// of the list order), and <c>DataNodes</c> the RDS instances associated with it then (Table 4-472).
/// </summary>
internal sealed record Backup(
    string Id,
    string Name,
    string Description,
    string Type,
    string InstanceId,
    string InstanceName,
    int InstanceOrdinal,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    double FileSizeKb,
    ImmutableArray<string> DataNodes)
{
    /// <summary>Table 4-465: taken by the daily scheduled task.</summary>
    public const string Scheduled = "auto_metadata";

    /// <summary>Table 4-465: taken for another reason, e.g. before the instance is deleted.</summary>
    public const string Unscheduled = "metadata";

    /// <summary>32 hex characters + <c>br09</c>, as the documented backup ids.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N") + "br09";
}

/// <summary>The span an instance can be restored to (Table 4-486): from its oldest backup to the latest restorable time.</summary>
internal readonly record struct RestorableRange(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Contains(DateTimeOffset point) => point >= Start && point <= End;
}
