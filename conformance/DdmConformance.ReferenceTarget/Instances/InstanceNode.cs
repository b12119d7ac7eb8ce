using System.Collections.Immutable;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// One node of an instance, with everything the node APIs show (Tables 4-23, 4-82, 4-87, 4-177). A node
/// restarted on its own carries its own transition: <see cref="StateUntil"/> says when it is normal again.
/// </summary>
internal sealed record InstanceNode
{
    public required string NodeId { get; init; }

    public required string GroupId { get; init; }

    /// <summary><c>{instance name}_node_01</c>, as in the 4.2.14 example.</summary>
    public required string Name { get; init; }

    /// <summary>Private (data floating) IP address.</summary>
    public required string Ip { get; init; }

    public required string AvailableZone { get; init; }

    public required string SubnetId { get; init; }

    public required string ServerId { get; init; }

    public required string DataVolumeId { get; init; }

    public required string SystemVolumeId { get; init; }

    /// <summary>Management floating IP address (Table 4-87 floating_ip).</summary>
    public required string ManagementIp { get; init; }

    /// <summary>Data synchronization IP address (Table 4-87 res_subnet_ip).</summary>
    public required string SyncIp { get; init; }

    public required NodeState State { get; init; }

    /// <summary>When a node-level transition (a node restart) ends; null when none is under way.</summary>
    public DateTimeOffset? StateUntil { get; init; }

    public TmlogFiles Tmlog { get; init; } = TmlogFiles.Empty;

    public InstanceNode CaughtUp(DateTimeOffset now)
        => StateUntil is { } until && now >= until ? this with { State = NodeState.Normal, StateUntil = null } : this;
}

/// <summary>A node's TMLog (XA transaction log, 4.2.40): the current log's size and the compressed files moved aside.</summary>
internal sealed record TmlogFiles(double SizeMb, ImmutableArray<string> Files)
{
    public static readonly TmlogFiles Empty = new(0, []);
}
