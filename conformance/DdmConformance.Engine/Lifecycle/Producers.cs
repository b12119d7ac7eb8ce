using DdmConformance.Api.Catalog;

namespace DdmConformance.Engine.Lifecycle;

/// <summary>
/// Which operation produces which parameter, read from the spec's links: a link on a producer's
/// response binding <c>instance_id</c> to <c>$response.body#/id</c> makes it the producer of
/// <c>instance_id</c> for every operation of the API that takes it.
/// </summary>
public sealed class Producers
{
    private readonly Dictionary<string, (OperationDescriptor Op, string Expression)> byParameter = new(StringComparer.Ordinal);

    public Producers(ApiDescriptor api)
    {
        foreach (var op in api.Operations.Where(o => o.Method == "POST" || o.Method == "PUT"))
            foreach (var link in op.Links)
                foreach (var (parameter, expression) in link.Parameters)
                    if (expression.StartsWith("$response.body#", StringComparison.Ordinal) && IsCreation(op, parameter))
                        byParameter.TryAdd(parameter, (op, expression));
    }

    /// <summary>The operation that creates values of <paramref name="parameter"/>, or null.</summary>
    public (OperationDescriptor Op, string Expression)? For(string parameter)
        => byParameter.TryGetValue(parameter, out var p) ? p : null;

    public bool IsProducer(OperationDescriptor op) => byParameter.Values.Any(p => p.Op == op);

    public IEnumerable<(string Parameter, string Expression)> ProducedBy(OperationDescriptor op)
        => byParameter.Where(p => p.Value.Op == op).Select(p => (p.Key, p.Value.Expression));

    // A job id is a receipt, not a resource: nothing to delete afterwards.
    private static bool IsCreation(OperationDescriptor op, string parameter) => parameter != "job_id" && !op.PathTemplate.EndsWith("{" + parameter + "}", StringComparison.Ordinal);
}
