namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// Physical databases that stay on RDS instances when a schema is deleted without its data
/// (<c>delete_rds_data=false</c>, <c>delete_dn_data=false</c>). A new schema whose physical databases
/// would have the same names on the same RDS instance cannot be created (DBS.300113).
/// </summary>
internal sealed class RdsLeftovers
{
    private readonly Lock gate = new();
    private readonly HashSet<(string RdsId, string Database)> databases = [];

    public void Keep(IEnumerable<Shard> shards)
    {
        lock (gate)
            databases.UnionWith(shards.Select(s => (s.RdsId, s.PhysicalName)));
    }

    /// <summary>The first shard whose physical database already exists on its RDS instance, or null.</summary>
    public Shard? Collision(IEnumerable<Shard> shards)
    {
        lock (gate)
            return shards.FirstOrDefault(s => databases.Contains((s.RdsId, s.PhysicalName)));
    }
}
