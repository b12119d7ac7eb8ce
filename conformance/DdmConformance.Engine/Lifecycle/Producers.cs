using DdmConformance.Api.Catalog;

namespace DdmConformance.Engine.Lifecycle;

/// <summary>
/// Which operation produces which parameter, read from the spec's links. A link on a creating
/// operation's response (<c>instance_id</c> ← <c>$response.body#/id</c>) makes it the creator of
/// <c>instance_id</c> for every operation of the API that takes it; a link on a reading operation
/// (<c>node_id</c> ← <c>$response.body#/nodes/0/node_id</c>) makes it the way to discover one.
/// Creators win over discoverers.
/// </summary>
public sealed class Producers
{
    private readonly Dictionary<string, (OperationDescriptor Op, string Expression)> creators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (OperationDescriptor Op, string Expression)> discoverers = new(StringComparer.Ordinal);

    public Producers(ApiDescriptor api)
    {
        foreach (var op in api.Operations)
            foreach (var link in op.Links)
                foreach (var (parameter, expression) in link.Parameters)
                {
                    if (!expression.StartsWith("$response.body#", StringComparison.Ordinal) || IsReceipt(op, parameter)) continue;
                    if (op.Method is "POST" or "PUT") creators.TryAdd(parameter, (op, expression));
                    else if (op.Method == "GET") discoverers.TryAdd(parameter, (op, expression));
                }
    }

    /// <summary>The operation that creates values of <paramref name="parameter"/>, or null.</summary>
    public (OperationDescriptor Op, string Expression)? For(string parameter)
        => creators.TryGetValue(parameter, out var p) ? p : null;

    /// <summary>A read-only operation whose response names an existing <paramref name="parameter"/>, or null.</summary>
    public (OperationDescriptor Op, string Expression)? DiscovererOf(string parameter)
        => creators.ContainsKey(parameter) ? null : discoverers.TryGetValue(parameter, out var p) ? p : null;

    public bool IsProducer(OperationDescriptor op) => creators.Values.Any(p => p.Op == op);

    public IEnumerable<(string Parameter, string Expression)> ProducedBy(OperationDescriptor op)
        => creators.Where(p => p.Value.Op == op).Select(p => (p.Key, p.Value.Expression));

    // A job id is a receipt, not a resource; and an operation does not produce the id in its own path.
    private static bool IsReceipt(OperationDescriptor op, string parameter)
        => parameter == "job_id" || op.PathTemplate.Contains("{" + parameter + "}", StringComparison.Ordinal);
}
