using System.Globalization;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Tmlogs;

/// <summary>
/// 4.2.40 and 4.2.41: the TMLogs (XA transaction logs) of the instance's nodes. A node starts with an empty
/// TMLog (the 4.2.40 example shows size 0 and no files). Moving compresses the current TMLog into a backup
/// file, which the node's <c>file_list</c> shows from then on, and starts a new, empty one.
/// </summary>
internal sealed class TmlogOperations(InstanceAccess access, JobAnswers answers, ActiveDeviations deviations)
{
    /// <summary>4.2.40 Querying TMLog Information: one entry per node, in any instance status.</summary>
    public OperationResult List(OperationRequest request)
    {
        var paging = Paging.Read(request.Query, defaultLimit: 10);
        var instance = access.Find(request);
        var logs = new JsonArray();
        foreach (var node in paging.Page(instance.Nodes))
        {
            var files = new JsonArray();
            foreach (var file in node.Tmlog.Files)
                files.Add(file);
            logs.Add(new JsonObject
            {
                ["node_id"] = node.NodeId,
                ["file_list"] = files,
                ["tmlog_size"] = deviations.IsOn(Deviation.TmlogSizeAsString)
                    ? JsonValue.Create(node.Tmlog.SizeMb.ToString(CultureInfo.InvariantCulture))
                    : JsonValue.Create(node.Tmlog.SizeMb),
            });
        }
        return OperationResult.Ok(new JsonObject { ["tmlogs"] = logs, ["total"] = instance.Nodes.Count() });
    }

    /// <summary>4.2.41 Moving a TMLog File, for nodes of the instance; at once (A.6 has no status for it), recorded as a job.</summary>
    public OperationResult Move(OperationRequest request)
    {
        var nodeIds = JsonFields.Root(request.RequiredBody).RequiredStringArray("node_ids");
        if (nodeIds.Count == 0)
            throw JsonFields.Invalid("node_ids must name at least one node");

        var started = access.Begin(request, "MoveTmlog", (current, at) =>
        {
            foreach (var id in nodeIds)
                if (current.Node(id) is null)
                    throw JsonFields.Invalid($"node_ids: '{id}' names no node of instance {current.Id}");
            var stamp = at.Now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            return current.Changed(at.Now, i => i.MapNodes(n => nodeIds.Contains(n.NodeId)
                ? n with { Tmlog = new TmlogFiles(0, n.Tmlog.Files.Add($"tmlog_{n.NodeId}_{stamp}.tar.gz")) }
                : n));
        });
        return answers.Job(started.Job);
    }
}
