using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// One DDM instance, immutable: every change produces a new value that the owning
/// <see cref="ProjectInstances"/> stores under its lock, so a value handed to a handler can be read freely.
/// Asynchronous work is a <see cref="PendingTransition"/> applied lazily when the instance is next looked
/// at: the status is a function of the clock, with no timers to race or leak.
/// </summary>
internal sealed record DdmInstance
{
    /// <summary>The port an instance is bought with (the documented access_port).</summary>
    public const int DefaultPort = 5066;

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

    public required Engine Engine { get; init; }

    public required string SecurityGroupId { get; init; }

    /// <summary>The default group first, then the others in creation order.</summary>
    public required ImmutableArray<NodeGroup> Groups { get; init; }

    /// <summary>How many nodes the instance has ever had, so that node names are never reused.</summary>
    public required int NodesNamed { get; init; }

    public required ParameterGroup Parameters { get; init; }

    public int Port { get; init; } = DefaultPort;

    public bool SslEnabled { get; init; }

    public bool ReadOnly { get; init; }

    public ElasticIp? Eip { get; init; }

    /// <summary>Read weights of the associated RDS instances (4.2.11), by RDS instance id.</summary>
    public ImmutableDictionary<string, int> ReadWeights { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Set for yearly/monthly (prePaid) instances only.</summary>
    public string? OrderId { get; init; }

    public PendingTransition? Pending { get; init; }

    public bool IsSubscription => OrderId is not null;

    public IEnumerable<InstanceNode> Nodes => Groups.SelectMany(g => g.Nodes);

    public NodeGroup DefaultGroup => Groups.First(g => g.IsDefault);

    /// <summary>The instance is reached through its default group's load balancer.</summary>
    public string AccessIp => DefaultGroup.ElbIp;

    /// <summary>The class instance details show: the default group's.</summary>
    public Flavor Flavor => DefaultGroup.Flavor;

    public NodeGroup? Group(string groupId) => Groups.FirstOrDefault(g => g.Id.Equals(groupId, StringComparison.Ordinal));

    public InstanceNode? Node(string nodeId) => Nodes.FirstOrDefault(n => n.NodeId.Equals(nodeId, StringComparison.Ordinal));

    /// <summary>This instance with every transition that is due by <paramref name="now"/> applied.</summary>
    public DdmInstance CaughtUp(DateTimeOffset now)
    {
        var current = Pending is { } pending && now >= pending.DueAt ? pending.ApplyTo(this) : this;
        return current.Nodes.Any(n => n.StateUntil <= now) ? current.MapNodes(n => n.CaughtUp(now)) : current;
    }

    /// <summary>
    /// Starts asynchronous work: the instance must be RUNNING; it shows <paramref name="during"/> until
    /// <paramref name="dueAt"/>, then <paramref name="complete"/> applies and it is RUNNING again.
    /// </summary>
    public DdmInstance Begin(InstanceStatus during, DateTimeOffset now, DateTimeOffset dueAt, Func<DdmInstance, DdmInstance> complete)
        => RequireRunning() with { Status = during, Updated = NextUpdated(now), Pending = new PendingTransition(dueAt, complete) };

    /// <summary>A change that takes effect at once (the instance must be RUNNING).</summary>
    public DdmInstance Changed(DateTimeOffset now, Func<DdmInstance, DdmInstance> change)
        => change(RequireRunning()) with { Updated = NextUpdated(now) };

    public DdmInstance Renamed(string name, DateTimeOffset now) => Changed(now, i => i with { Name = name });

    public DdmInstance WithSecurityGroup(string securityGroupId, DateTimeOffset now)
        => Changed(now, i => i with { SecurityGroupId = securityGroupId });

    /// <summary>Every node restarts (RESTARTING); <paramref name="then"/> is what the restart puts into effect.</summary>
    public DdmInstance Restarting(DateTimeOffset now, DateTimeOffset dueAt, Func<DdmInstance, DdmInstance>? then = null)
        => Begin(InstanceStatus.Restarting, now, dueAt, done => (then ?? (i => i))(AllNodesNormal(done)))
            .MapNodes(n => n with { State = NodeState.Restarting, StateUntil = null });

    public static DdmInstance AllNodesNormal(DdmInstance instance)
        => instance.MapNodes(n => n with { State = NodeState.Normal, StateUntil = null });

    public DdmInstance MapNodes(Func<InstanceNode, InstanceNode> change)
        => this with { Groups = Groups.Select(g => g.MapNodes(change)).ToImmutableArray() };

    public DdmInstance WithGroup(NodeGroup group)
        => this with { Groups = Groups.Select(g => g.Id == group.Id ? group : g).ToImmutableArray() };

    /// <summary>
    /// The next value of <c>updated</c>: now, but always at least a second after the previous value. The
    /// wire carries whole seconds, and a client must see <c>updated</c> change after every change.
    /// </summary>
    public DateTimeOffset NextUpdated(DateTimeOffset now)
    {
        var candidate = WireTime.ToSeconds(now);
        return candidate > Updated ? candidate : Updated.AddSeconds(1);
    }

    /// <summary>This instance, or DBS.200076 when it is busy (any status but RUNNING).</summary>
    public DdmInstance RequireRunning()
        => Status == InstanceStatus.Running ? this
            : throw new ApiErrorException(ApiError.InstanceNotAvailable(Status.ToWire()));
}

/// <summary>An EIP bound to the instance (4.2.30).</summary>
internal sealed record ElasticIp(string PublicIp, string PublicIpId);
