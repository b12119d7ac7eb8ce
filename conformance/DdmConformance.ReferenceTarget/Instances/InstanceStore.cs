using System.Collections.Concurrent;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>All state of the target: one isolated <see cref="ProjectInstances"/> per project id.</summary>
internal sealed class InstanceStore
{
    private readonly ConcurrentDictionary<string, ProjectInstances> projects = new(StringComparer.Ordinal);

    public ProjectInstances For(string projectId) => projects.GetOrAdd(projectId, id => new ProjectInstances(id));
}
