using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Fixtures;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// A node group (4.2.18–4.2.20): nodes of one class behind one load balancer address. Every instance is
/// bought with one default group; more can be created. Load balancing is enabled for every group (the
/// 4.2.18 example shows <c>is_load_balance: true</c>), so each group has an ELB address.
/// </summary>
internal sealed record NodeGroup(
    string Id,
    string Name,
    string Role,
    Flavor Flavor,
    bool IsDefault,
    string ElbIp,
    ImmutableArray<InstanceNode> Nodes)
{
    /// <summary>Table 4-114 role: read/write.</summary>
    public const string ReadWrite = "rw";

    /// <summary>Table 4-114 role: read-only.</summary>
    public const string ReadOnly = "r";

    /// <summary>The name of the group an instance is bought with, as in the 4.2.18 example.</summary>
    public const string DefaultName = "group-default";

    public IEnumerable<string> SubnetIds => Nodes.Select(n => n.SubnetId).Distinct(StringComparer.Ordinal);

    public NodeGroup MapNodes(Func<InstanceNode, InstanceNode> change)
        => this with { Nodes = Nodes.Select(change).ToImmutableArray() };
}
