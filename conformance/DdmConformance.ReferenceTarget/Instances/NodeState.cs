namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>Where a node is in its own lifecycle.</summary>
internal enum NodeState
{
    /// <summary>Being created (bought with the instance, added by a scale-out or a new group).</summary>
    Creating,

    /// <summary>Running normally.</summary>
    Normal,

    /// <summary>Being restarted, alone (4.2.29) or with its instance.</summary>
    Restarting,

    /// <summary>Its node class is being changed (4.2.17).</summary>
    Resizing,
}

internal static class NodeStateWire
{
    /// <summary>
    /// Appendix A.8 (Table A-8), used by the node APIs (4.2.13, 4.2.14, 4.2.34). A.8 has no word for a
    /// restarting node; such a node serves nothing, so it is <c>abnormal</c> until the restart ends.
    /// </summary>
    public static string ToNodeStatus(this NodeState state) => state switch
    {
        NodeState.Creating => "creating",
        NodeState.Normal => "normal",
        NodeState.Restarting => "abnormal",
        NodeState.Resizing => "resizing",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>Table 4-23 (the nodes of instance details) uses the instance statuses of A.6, as the 4.2.3 example shows (RUNNING).</summary>
    public static string ToDetailStatus(this NodeState state) => state switch
    {
        NodeState.Creating => InstanceStatus.Creating.ToWire(),
        NodeState.Normal => InstanceStatus.Running.ToWire(),
        NodeState.Restarting => InstanceStatus.Restarting.ToWire(),
        NodeState.Resizing => InstanceStatus.Resizing.ToWire(),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
