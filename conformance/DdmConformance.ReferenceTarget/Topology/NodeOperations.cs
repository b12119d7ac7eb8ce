using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Topology;

/// <summary>
/// 4.2.13, 4.2.14, 4.2.34 (reading nodes, in any instance status) and 4.2.29 (restarting one node).
/// Nodes are listed group by group (the default group first), each group's nodes in creation order.
/// </summary>
internal sealed class NodeOperations(InstanceAccess access, TopologyRepresentation representation, JobAnswers answers, ReferenceTargetOptions options)
{
    /// <summary>4.2.13 Querying Nodes of a DDM Instance.</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: Paging.MaxLimit);
        var instance = access.Find(request);
        var nodes = new JsonArray();
        foreach (var node in paging.Page(instance.Nodes))
            nodes.Add(representation.NodeListItem(instance, node));
        return OperationResult.Ok(new JsonObject
        {
            ["nodes"] = nodes,
            ["offset"] = paging.Offset,
            ["limit"] = paging.Limit,
            ["total"] = instance.Nodes.Count(),
        });
    }

    /// <summary>4.2.14 Querying Details of a DDM Instance Node.</summary>
    public OperationResult Show(OperationRequest request)
        => OperationResult.Ok(representation.NodeDetails(NodeOf(access.Find(request), request)));

    /// <summary>4.2.34 Querying Details About an Instance Node (a V3 API).</summary>
    public OperationResult ShowV3(OperationRequest request)
        => OperationResult.Ok(representation.NodeDetailsV3(NodeOf(access.Find(request), request)));

    /// <summary>
    /// 4.2.29 Restarting a Node. The node restarts on its own (it is <c>abnormal</c> meanwhile); the instance
    /// stays RUNNING, served by its other nodes, but must be RUNNING to begin with.
    /// </summary>
    public OperationResult Restart(OperationRequest request)
    {
        var nodeId = request.Path("node_id");
        var dueAt = access.Now + options.RestartDelay;
        var instance = access.Update(request, (current, at) =>
        {
            var node = NodeOf(current, request);
            if (node.State != NodeState.Normal)
                throw new ApiErrorException(ApiError.NodeNotAvailable(node.NodeId, node.State.ToNodeStatus()));
            return current.Changed(at.Now, i => i.MapNodes(n => n.NodeId == nodeId
                ? n with { State = NodeState.Restarting, StateUntil = dueAt }
                : n));
        });
        return answers.Job(access.Record(request, "RestartNode", instance, dueAt));
    }

    private static InstanceNode NodeOf(DdmInstance instance, OperationRequest request)
    {
        var nodeId = request.Path("node_id");
        return instance.Node(nodeId) ?? throw new ApiErrorException(ApiError.UnknownResource("node", nodeId));
    }
}
