using System.Collections.Concurrent;

namespace DdmConformance.ReferenceTarget.KernelVersions;

/// <summary>
/// The version each instance ran before its latest upgrade (previous_version, 4.8.1), which a rollback
/// (4.8.3) returns to. Kept per project and instance for the life of the target.
/// </summary>
internal sealed class KernelVersionHistory
{
    private readonly ConcurrentDictionary<(string Project, string Instance), string> previous = new();

    public string? PreviousOf(string projectId, string instanceId) => previous.GetValueOrDefault((projectId, instanceId));

    /// <summary>An upgrade remembers where it came from; a downgrade or a rollback leaves nothing to roll back to.</summary>
    public void Changed(string projectId, string instanceId, string from, string to)
    {
        if (Version.Parse(to) > Version.Parse(from))
            previous[(projectId, instanceId)] = from;
        else
            previous.TryRemove((projectId, instanceId), out _);
    }

    public void RolledBack(string projectId, string instanceId) => previous.TryRemove((projectId, instanceId), out _);
}
