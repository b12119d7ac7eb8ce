namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// Matches request paths against the spec's path templates. Hand-rolled rather than ASP.NET routing so the
/// target decides exactly what an unknown path (404) and a known path with a wrong method (405) answer.
/// Literal segments match case-sensitively, as the gateway does; a parameter matches one non-empty segment.
/// Where templates overlap (<c>/configurations/diff</c> beside <c>/configurations/{config_id}</c>) the literal
/// wins: routes are tried most specific first, comparing segment by segment, literal before parameter.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> routes;

    public RouteTable(IEnumerable<Operation> operations)
        => routes = operations.GroupBy(o => o.PathTemplate, StringComparer.Ordinal)
            .Select(g => new Route(g.Key, Segments(g.Key), g.ToDictionary(o => o.Method, StringComparer.Ordinal)))
            .OrderBy(r => Specificity(r.Segments), StringComparer.Ordinal)
            .ToList();

    // One character per segment, '0' for a literal and '1' for a parameter: ordinal order puts literals first.
    private static string Specificity(string[] segments)
        => new(segments.Select(s => IsParameter(s) ? '1' : '0').ToArray());

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    /// <summary>The route whose template matches <paramref name="path"/>, with the path's parameter values.</summary>
    public (Route Route, IReadOnlyDictionary<string, string> Values)? Match(string path)
    {
        var segments = Segments(path);
        foreach (var route in routes)
        {
            if (route.Segments.Length != segments.Length)
                continue;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var matched = true;
            for (var i = 0; i < segments.Length && matched; i++)
            {
                var template = route.Segments[i];
                if (IsParameter(template))
                {
                    matched = segments[i].Length > 0;
                    values[template[1..^1]] = segments[i];
                }
                else
                {
                    matched = string.Equals(template, segments[i], StringComparison.Ordinal);
                }
            }
            if (matched)
                return (route, values);
        }
        return null;
    }

    // "/" has no segments; "/v1/x/" has a trailing empty one, so it does not match "/v1/{p}".
    private static string[] Segments(string path)
    {
        var trimmed = path.StartsWith('/') ? path[1..] : path;
        return trimmed.Length == 0 ? [] : trimmed.Split('/');
    }

    /// <summary>A path template and the operations (by method) defined on it.</summary>
    internal sealed record Route(string Template, string[] Segments, IReadOnlyDictionary<string, Operation> ByMethod)
    {
        /// <summary>For the Allow header of a 405.</summary>
        public string AllowedMethods => string.Join(", ", ByMethod.Keys.Order(StringComparer.Ordinal));

        /// <summary>The error format of the path's operations (they share one in this spec).</summary>
        public Errors.ErrorFormat ErrorFormat => ByMethod.Values.First().ErrorFormat;
    }
}
