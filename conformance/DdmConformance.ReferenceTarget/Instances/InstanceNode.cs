namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>One node of an instance (Table 4-23, GetDetailNodesInfo).</summary>
internal sealed record InstanceNode(string NodeId, string GroupId, string Ip, string Port, InstanceStatus Status);
