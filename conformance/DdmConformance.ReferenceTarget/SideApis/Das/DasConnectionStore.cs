namespace DdmConformance.ReferenceTarget.SideApis.Das;

/// <summary>The connections created so far, per project and instance (each project has its own).</summary>
internal sealed class DasConnectionStore
{
    private readonly Dictionary<(string Project, string Instance), List<DasConnection>> connections = new();
    private readonly Lock gate = new();

    public void Add(string projectId, string instanceId, DasConnection connection)
    {
        lock (gate)
        {
            if (!connections.TryGetValue((projectId, instanceId), out var list))
                connections[(projectId, instanceId)] = list = [];
            list.Add(connection);
        }
    }

    /// <summary>The instance's connections, oldest first (a snapshot).</summary>
    public IReadOnlyList<DasConnection> ConnectionsOf(string projectId, string instanceId)
    {
        lock (gate)
            return connections.TryGetValue((projectId, instanceId), out var list) ? list.ToList() : [];
    }
}
