using System.Collections.Concurrent;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// Every schema of every DDM instance, created once per target. Other chapters query it (4.4 accounts
/// associate schemas by name: <see cref="Exists"/>, <see cref="Names"/>); 4.3 changes it through
/// <see cref="For"/>. Schemas are per project and instance: the same name may exist in two instances.
/// </summary>
internal sealed class SchemaStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Project, string Instance), InstanceSchemas> byInstance = new();
    private readonly ConcurrentDictionary<string, RdsLeftovers> leftovers = new(StringComparer.Ordinal);

    /// <summary>The schemas of one instance (empty until the first schema is created).</summary>
    public InstanceSchemas For(string projectId, string instanceId)
        => byInstance.GetOrAdd((projectId, instanceId), _ => new InstanceSchemas());

    /// <summary>True when the instance has a schema of this name (names are compared case-insensitively, as 4.3.3 says).</summary>
    public bool Exists(string projectId, string instanceId, string name)
        => byInstance.TryGetValue((projectId, instanceId), out var schemas) && schemas.Find(name, clock.GetUtcNow()) is not null;

    /// <summary>The names of the instance's schemas, oldest first.</summary>
    public IReadOnlyList<string> Names(string projectId, string instanceId)
        => byInstance.TryGetValue((projectId, instanceId), out var schemas) ? schemas.All(clock.GetUtcNow()).Select(s => s.Name).ToList() : [];

    /// <summary>
    /// The DDM instance of <paramref name="projectId"/> other than <paramref name="instanceId"/> whose schemas
    /// use RDS instance <paramref name="rdsId"/>, or null: an RDS instance serves one DDM instance only.
    /// </summary>
    /// <param name="projectId">The project.</param>
    /// <param name="instanceId">The DDM instance asking.</param>
    /// <param name="rdsId">The RDS instance.</param>
    /// <param name="exists">Whether a DDM instance still exists: a deleted one holds no RDS instance.</param>
    public string? OtherUserOf(string projectId, string instanceId, string rdsId, Func<string, bool> exists)
        => byInstance.Where(p => p.Key.Project == projectId && p.Key.Instance != instanceId && p.Value.Uses(rdsId) && exists(p.Key.Instance))
            .Select(p => p.Key.Instance).FirstOrDefault();

    /// <summary>Physical databases left on the project's RDS instances by schemas deleted without their data.</summary>
    public RdsLeftovers Leftovers(string projectId) => leftovers.GetOrAdd(projectId, _ => new RdsLeftovers());
}
