using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>
/// The backups of one project, taken lazily when somebody looks (no timers, like every other transition of
/// the target). Every instance ever bought here has, from its <c>CreateInstance</c> job on:
/// the seeded backup of the 4.9.1 example (so the documented restore times of May 2025 lie within its
/// restorable range); an <c>auto_metadata</c> backup when provisioning completes and every 24 hours after;
/// and, once it is deleted, the <c>metadata</c> backup taken before deletion. Deleted backups stay deleted.
/// </summary>
internal sealed class ProjectBackups
{
    // The backup of the 4.9.1 example, seeded for every instance.
    private static readonly DateTimeOffset SeededAt = new(2025, 2, 19, 2, 50, 20, TimeSpan.Zero);
    private static readonly TimeSpan SeededDuration = TimeSpan.FromSeconds(17);
    private const double FileSizeKb = 5.419922;
    private static readonly TimeSpan Daily = TimeSpan.FromDays(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Backup> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BackupSchedule> schedules = new(StringComparer.Ordinal);

    /// <summary>Takes the backups that are due by <paramref name="now"/>.</summary>
    public void CatchUp(IReadOnlyList<Job> jobs, ProjectInstances instances, DateTimeOffset now)
    {
        // The job names the instance operations (4.2.1, 4.2.6, 4.2.25) record purchases and deletions under.
        var bought = jobs.Where(j => j.Name == "CreateInstance").OrderBy(j => j.Created).ToList();
        lock (gate)
        {
            for (var ordinal = 0; ordinal < bought.Count; ordinal++)
            {
                var purchase = bought[ordinal];
                var instance = instances.Find(purchase.InstanceId, now);
                var name = instance?.Name ?? purchase.InstanceName;
                var deletedAt = instance is not null ? (DateTimeOffset?)null
                    : jobs.FirstOrDefault(j => j.Name == "DeleteInstance" && j.InstanceId == purchase.InstanceId)?.Created ?? now;
                if (!schedules.TryGetValue(purchase.InstanceId, out var schedule))
                {
                    schedule = new BackupSchedule(purchase.DueAt);
                    schedules[purchase.InstanceId] = schedule;
                    Add(new Backup(Backup.NewId(), "Backup", "auto metadata backup", Backup.Scheduled, purchase.InstanceId, name, ordinal,
                        SeededAt, SeededAt + SeededDuration, FileSizeKb, DataNodeDirectory.Ids));
                }
                for (; schedule.NextRun <= (deletedAt ?? now); schedule.NextRun += Daily)
                    Add(Taken(purchase.InstanceId, name, ordinal, schedule.NextRun, Backup.Scheduled, "auto metadata backup"));
                if (deletedAt is { } at && !schedule.DeletionBackedUp)
                {
                    Add(Taken(purchase.InstanceId, name, ordinal, at, Backup.Unscheduled, "metadata backup before instance deletion"));
                    schedule.DeletionBackedUp = true;
                }
            }
        }
    }

    /// <summary>Every backup, oldest first (backups taken at the same second: in the order their instances were bought).</summary>
    public IReadOnlyList<Backup> All()
    {
        lock (gate)
            return byId.Values.OrderBy(b => b.Created).ThenBy(b => b.InstanceOrdinal).ThenBy(b => b.Type, StringComparer.Ordinal).ToList();
    }

    public Backup? Find(string backupId)
    {
        lock (gate)
            return byId.GetValueOrDefault(backupId);
    }

    public Backup? Remove(string backupId)
    {
        lock (gate)
            return byId.Remove(backupId, out var removed) ? removed : null;
    }

    /// <summary>The instance's restorable range: from its oldest backup on; none without backups.</summary>
    public RestorableRange? RangeOf(string instanceId, DateTimeOffset now)
    {
        lock (gate)
        {
            var oldest = byId.Values.Where(b => b.InstanceId == instanceId).Select(b => (DateTimeOffset?)b.Created).Min();
            return oldest is { } start ? new RestorableRange(start, WireTime.ToSeconds(now)) : null;
        }
    }

    private void Add(Backup backup) => byId[backup.Id] = backup;

    private static Backup Taken(string instanceId, string instanceName, int ordinal, DateTimeOffset at, string type, string description)
    {
        var created = WireTime.ToSeconds(at);
        return new Backup(Backup.NewId(), $"Backup-{instanceName}-{created:yyyyMMddHHmmss}", description, type, instanceId, instanceName, ordinal,
            created, created, FileSizeKb, DataNodeDirectory.Ids);
    }

    /// <summary>Where an instance's backups stand: the next scheduled run, and whether its deletion was backed up.</summary>
    private sealed class BackupSchedule(DateTimeOffset firstRun)
    {
        public DateTimeOffset NextRun { get; set; } = firstRun;

        public bool DeletionBackedUp { get; set; }
    }
}
