using System.Collections.Immutable;

namespace DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

/// <summary>Where a shard configuration task (4.3.15) stands.</summary>
internal enum TaskPhase
{
    /// <summary>Data is copied to the new layout (until <see cref="ShardTask.PhaseUntil"/>).</summary>
    Migrating,

    /// <summary>Data is copied; the route switch waits for its window (automatic) or for 4.3.22 (manual).</summary>
    AwaitingSwitch,

    /// <summary>The route moves to the new layout (until <see cref="ShardTask.PhaseUntil"/>).</summary>
    Switching,

    /// <summary>The schema runs on the new layout; the source data is still there (rollback possible, DBS.300358 for a new task).</summary>
    Switched,

    /// <summary>The source data of a switched task is removed (until <see cref="ShardTask.PhaseUntil"/>).</summary>
    Cleaning,

    /// <summary>Finished for good: switched and cleaned, or cancelled/rolled back and cleaned.</summary>
    Cleaned,

    /// <summary>Stopped before the switch; the schema kept its layout. Can be retried (4.3.20) or cleaned.</summary>
    Cancelled,

    /// <summary>The route moves back to the original layout (until <see cref="ShardTask.PhaseUntil"/>).</summary>
    RollingBack,

    /// <summary>Back on the original layout after a switch.</summary>
    RolledBack,
}

/// <summary>
/// One shard configuration task of a schema (4.3.15–4.3.22): a state machine whose timed phases
/// (migrating, switching, cleaning, rolling back) end by the clock, applied lazily like every
/// asynchronous change of the target. Its id is the <c>job_id</c> every task API answers.
/// </summary>
internal sealed record ShardTask(
    string Id,
    string SchemaName,
    ImmutableArray<string> OriginalRds,
    int OriginalShards,
    ImmutableArray<string> AfterRds,
    int AfterShards,
    SwitchWindow? Window,
    bool IsExclusive,
    string NodeId,
    TaskPhase Phase,
    DateTimeOffset PhaseUntil)
{
    /// <summary>The phase that follows a timed one when its time is up; the others stay.</summary>
    public ShardTask CaughtUp(DateTimeOffset now)
    {
        if (now < PhaseUntil)
            return this;
        return Phase switch
        {
            TaskPhase.Migrating => this with { Phase = TaskPhase.AwaitingSwitch },
            TaskPhase.Switching => this with { Phase = TaskPhase.Switched },
            TaskPhase.Cleaning => this with { Phase = TaskPhase.Cleaned },
            TaskPhase.RollingBack => this with { Phase = TaskPhase.RolledBack },
            _ => this,
        };
    }

    /// <summary>An automatic policy switches by itself once the data is copied and the time of day is inside the window.</summary>
    public bool SwitchesAutomaticallyAt(DateTimeOffset now)
        => Phase == TaskPhase.AwaitingSwitch && Window is { } window && window.Contains(TimeOnly.FromDateTime(now.UtcDateTime));

    /// <summary>The schema status (A.6) while this task is its latest one; null when it does not hold the schema.</summary>
    public string? SchemaStatus => Phase switch
    {
        TaskPhase.Migrating or TaskPhase.AwaitingSwitch or TaskPhase.Switching => Schema.Expanding,
        TaskPhase.RollingBack => Schema.RollingBack,
        _ => null,
    };

    /// <summary>Source data of a switch or copies of a cancelled/rolled back task are still on the data nodes.</summary>
    public bool LeavesDataBehind => Phase is TaskPhase.Switched or TaskPhase.Cancelled or TaskPhase.RolledBack;

    /// <summary>The task still works on (or holds data on) its destination data nodes.</summary>
    /// <summary>
    /// Whether the task is scaling out onto <paramref name="rdsId"/> right now (A.3 DBS.300133 "being used to scale out
    /// a schema"): while data or the route moves. A task that waits for its switch, or has ended, moves nothing.
    /// </summary>
    public bool Holds(string rdsId)
        => Phase is TaskPhase.Migrating or TaskPhase.Switching or TaskPhase.RollingBack && AfterRds.Contains(rdsId) && !OriginalRds.Contains(rdsId);
}
