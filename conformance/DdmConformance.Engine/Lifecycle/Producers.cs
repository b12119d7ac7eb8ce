using DdmConformance.Api.Catalog;

namespace DdmConformance.Engine.Lifecycle;

/// <summary>
/// Which operation produces which parameter, read from the spec's links. A link on a creating
/// operation's response (<c>instance_id</c> ← <c>$response.body#/id</c>) makes it the creator of
/// <c>instance_id</c> for every operation of the API that takes it; a link on a reading operation
/// (<c>node_id</c> ← <c>$response.body#/nodes/0/node_id</c>) makes it the way to discover one.
/// Creators win over discoverers.
/// <para>
/// A job id is a receipt, not a resource — except where the document names a task by it: the shard
/// configuration's <c>…/migration/jobs/{job_id}</c> takes the id configuring answered, not any job's. Such a
/// link creates a value in its own slot (<c>job_id@configureShards</c>), which only the operations the link
/// targets use; every other <c>{job_id}</c> stays a receipt.
/// </para>
/// </summary>
public sealed class Producers
{
    private const string Receipt = "job_id";

    private readonly Dictionary<string, (OperationDescriptor Op, string Expression)> creators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (OperationDescriptor Op, string Expression)> discoverers = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Consumer, string Parameter), string> targeted = new();

    public Producers(ApiDescriptor api)
    {
        // The operations asynchronous work is polled on: a job id linked to one of them is a receipt.
        var polls = api.Operations.Select(o => o.AsyncJob?.ReadyOperationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var op in api.Operations)
            foreach (var link in op.Links)
                foreach (var (parameter, expression) in link.Parameters)
                {
                    if (!expression.StartsWith("$response.body#", StringComparison.Ordinal) || op.PathTemplate.Contains("{" + parameter + "}", StringComparison.Ordinal)) continue;
                    var slot = parameter;
                    if (parameter == Receipt)
                    {
                        if (polls.Contains(link.OperationId) || op.Method is not ("POST" or "PUT")) continue;
                        slot = $"{parameter}@{op.Id}";
                        targeted.TryAdd((link.OperationId, parameter), slot);
                    }
                    if (op.Method is "POST" or "PUT") creators.TryAdd(slot, (op, expression));
                    else if (op.Method == "GET") discoverers.TryAdd(slot, (op, expression));
                }
    }

    /// <summary>The slot <paramref name="consumer"/>'s <paramref name="parameter"/> takes its value from: the parameter's name, or a link's own slot.</summary>
    public string SlotFor(OperationDescriptor consumer, string parameter)
        => targeted.TryGetValue((consumer.Id, parameter), out var slot) ? slot : parameter;

    /// <summary>The parameter a slot holds values of (<c>job_id@configureShards</c> holds <c>job_id</c>s).</summary>
    public static string ParameterOf(string slot) => slot.Split('@')[0];

    /// <summary>The operation that creates values for <paramref name="slot"/> (a parameter name or a link's slot), or null.</summary>
    public (OperationDescriptor Op, string Expression)? For(string slot)
        => creators.TryGetValue(slot, out var p) ? p : null;

    /// <summary>A read-only operation whose response names an existing <paramref name="parameter"/>, or null.</summary>
    public (OperationDescriptor Op, string Expression)? DiscovererOf(string parameter)
        => creators.ContainsKey(parameter) ? null : discoverers.TryGetValue(parameter, out var p) ? p : null;

    public bool IsProducer(OperationDescriptor op) => creators.Values.Any(p => p.Op == op);

    /// <summary>The slots <paramref name="op"/> creates values for, with the expression that reads each.</summary>
    public IEnumerable<(string Slot, string Expression)> ProducedBy(OperationDescriptor op)
        => creators.Where(p => p.Value.Op == op).Select(p => (p.Key, p.Value.Expression));
}
