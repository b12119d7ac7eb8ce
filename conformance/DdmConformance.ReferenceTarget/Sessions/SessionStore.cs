using System.Collections.Concurrent;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>The sessions of every instance, seeded on first look (<see cref="SessionLoad"/>) and kept for the life of the target.</summary>
internal sealed class SessionStore
{
    private readonly ConcurrentDictionary<(string Project, string Instance), Lazy<InstanceSessions>> instances = new();

    public InstanceSessions For(DdmInstance instance, DateTimeOffset now)
        => instances.GetOrAdd((instance.ProjectId, instance.Id),
            _ => new Lazy<InstanceSessions>(() => new InstanceSessions(SessionLoad.Logical(instance, now), SessionLoad.Physical(instance, now)))).Value;
}
