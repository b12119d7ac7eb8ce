using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// One DDM instance, immutable: every change produces a new value that the owning
/// <see cref="ProjectInstances"/> stores under its lock, so a value handed to a handler can be read freely.
/// Asynchronous work (provisioning, restarting) is a <see cref="PendingTransition"/> applied lazily when
/// the instance is next looked at: the status is a function of the clock, with no timers to race or leak.
/// </summary>
internal sealed record DdmInstance
{
    public required string Id { get; init; }

    /// <summary>Creation order within the project; the list shows newest first.</summary>
    public required long Sequence { get; init; }

    public required string ProjectId { get; init; }

    public required string Name { get; init; }

    public required InstanceStatus Status { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; init; }

    /// <summary>What was ordered: zones, network, flavor, engine, admin user, billing.</summary>
    public required InstancePurchase Purchase { get; init; }

    public required string SecurityGroupId { get; init; }

    public required NodeClass NodeClass { get; init; }

    /// <summary>Empty until provisioning completes.</summary>
    public required ImmutableArray<InstanceNode> Nodes { get; init; }

    /// <summary>Null until provisioning completes.</summary>
    public string? AccessIp { get; init; }

    public const string AccessPort = "5066";

    /// <summary>Set for yearly/monthly (prePaid) instances only.</summary>
    public string? OrderId { get; init; }

    public PendingTransition? Pending { get; init; }

    public bool IsSubscription => OrderId is not null;

    /// <summary>This instance with any transition that is due by <paramref name="now"/> applied.</summary>
    public DdmInstance CaughtUp(DateTimeOffset now)
        => Pending is { } pending && now >= pending.DueAt ? pending.ApplyTo(this) : this;

    public DdmInstance Renamed(string name, DateTimeOffset now)
        => RequireRunning() with { Name = name, Updated = NextUpdated(now) };

    public DdmInstance WithSecurityGroup(string securityGroupId, DateTimeOffset now)
        => RequireRunning() with { SecurityGroupId = securityGroupId, Updated = NextUpdated(now) };

    public DdmInstance Restarting(DateTimeOffset now, TimeSpan delay)
        => RequireRunning() with
        {
            Status = InstanceStatus.Restarting,
            Nodes = Nodes.Select(n => n with { Status = InstanceStatus.Restarting }).ToImmutableArray(),
            Updated = NextUpdated(now),
            Pending = PendingTransition.RestartDone(now + delay),
        };

    /// <summary>
    /// The next value of <c>updated</c>: now, but always at least a second after the previous value. The
    /// wire carries whole seconds, and a client must see <c>updated</c> change after every change.
    /// </summary>
    public DateTimeOffset NextUpdated(DateTimeOffset now)
    {
        var candidate = WireTime.ToSeconds(now);
        return candidate > Updated ? candidate : Updated.AddSeconds(1);
    }

    private DdmInstance RequireRunning()
        => Status == InstanceStatus.Running ? this
            : throw new ApiErrorException(ApiError.InstanceNotAvailable(Status.ToWire()));
}

/// <summary>Work in progress on an instance that completes at <see cref="DueAt"/>.</summary>
internal sealed record PendingTransition(DateTimeOffset DueAt, ImmutableArray<InstanceNode> NodesToAttach, string? AccessIp)
{
    /// <summary>Provisioning ends: the planned nodes come up and the instance gets its access address.</summary>
    public static PendingTransition Provisioned(DateTimeOffset dueAt, ImmutableArray<InstanceNode> nodes, string accessIp)
        => new(dueAt, nodes, accessIp);

    /// <summary>A restart ends: the instance and its nodes are running again.</summary>
    public static PendingTransition RestartDone(DateTimeOffset dueAt) => new(dueAt, [], null);

    public DdmInstance ApplyTo(DdmInstance instance)
    {
        var nodes = NodesToAttach.IsEmpty ? instance.Nodes : NodesToAttach;
        return instance with
        {
            Status = InstanceStatus.Running,
            Nodes = nodes.Select(n => n with { Status = InstanceStatus.Running }).ToImmutableArray(),
            AccessIp = AccessIp ?? instance.AccessIp,
            // The change happened at DueAt, not when somebody happened to look.
            Updated = instance.NextUpdated(DueAt),
            Pending = null,
        };
    }
}
