namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// Work in progress on an instance (provisioning, a restart, a scale-out…) that completes at
/// <see cref="DueAt"/>: <see cref="Complete"/> makes the finished change, and the instance is RUNNING again.
/// </summary>
internal sealed record PendingTransition(DateTimeOffset DueAt, Func<DdmInstance, DdmInstance> Complete)
{
    /// <summary>Provisioning or a restart ends: every node is running normally.</summary>
    public static PendingTransition NodesNormal(DateTimeOffset dueAt)
        => new(dueAt, DdmInstance.AllNodesNormal);

    public DdmInstance ApplyTo(DdmInstance instance)
        => Complete(instance) with
        {
            Status = InstanceStatus.Running,
            // The change happened at DueAt, not when somebody happened to look.
            Updated = instance.NextUpdated(DueAt),
            Pending = null,
        };
}
