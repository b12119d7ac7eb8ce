namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>Builds new nodes: fresh ids and addresses, the documented naming.</summary>
internal static class NodeFactory
{
    /// <summary>A node in state <see cref="NodeState.Creating"/>, named after its instance and number.</summary>
    /// <param name="addresses">The project's address pool.</param>
    /// <param name="groupId">The group the node joins.</param>
    /// <param name="instanceName">Its instance's name.</param>
    /// <param name="number">The node's number within its instance (1, 2, …), never reused.</param>
    /// <param name="availableZone">Where it runs.</param>
    /// <param name="subnetId">Its subnet.</param>
    public static InstanceNode Create(
        AddressPool addresses, string groupId, string instanceName, int number, string availableZone, string subnetId)
        => new()
        {
            NodeId = ResourceIds.Node(),
            GroupId = groupId,
            Name = $"{instanceName}_node_{number:D2}",
            Ip = addresses.NextPrivate(),
            AvailableZone = availableZone,
            SubnetId = subnetId,
            ServerId = ResourceIds.Uuid(),
            DataVolumeId = ResourceIds.Uuid(),
            SystemVolumeId = ResourceIds.Uuid(),
            ManagementIp = addresses.NextManagement(),
            SyncIp = addresses.NextSync(),
            State = NodeState.Creating,
        };
}
