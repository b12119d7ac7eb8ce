using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 3, URIs and parameters (DDM0004, DDM0014–DDM0017): placeholders and path parameters agree,
    /// the documented request lines name the operation's method, path and query parameters, and no two
    /// path templates can match the same request. Permission rows are in <see cref="PermissionChecks"/>.
    /// </summary>
    internal static class UriChecks
    {
        private static readonly Regex Placeholder = new Regex(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

        public static void Run(AnalysisContext context)
        {
            foreach (var op in context.Spec.Operations)
            {
                PathParameters(context, op);
                RequestLines(context, op);
            }
            OverlappingPaths(context);
        }

        private static void PathParameters(AnalysisContext context, OperationModel op)
        {
            var display = AnalysisContext.Display(op);
            var placeholders = Placeholder.Matches(op.Path).Cast<Match>().Select(m => m.Groups[1].Value).ToList();
            foreach (var name in placeholders.Where(n => !op.Parameters.Any(p => p.In == "path" && p.Name == n)))
                context.Add(DiagnosticCatalog.PathParameterUndefined, op, op.SpecLine,
                    $"{display}: path placeholder {{{name}}} has no path parameter definition");

            var pointer = "/paths/" + SpecDocument.Escape(op.Path) + "/" + op.Method.ToLowerInvariant();
            var pathItem = context.Document.Root.Obj("paths").Obj(op.Path);
            var raw = pathItem.Obj(op.Method.ToLowerInvariant());
            if (pathItem == null || raw == null) return;
            var reported = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var (item, at) in SpecReader.Parameters(context.Document, op.Path, pathItem, raw, pointer))
            {
                var parameter = item.Str("$ref").Length > 0 ? context.Document.Resolve(item.Str("$ref")) as JsonObject : item;
                var name = parameter.Str("name");
                if (parameter.Str("in") != "path" || placeholders.Contains(name) || !reported.Add(name)) continue;
                context.Add(DiagnosticCatalog.PathParameterWithoutPlaceholder, op, context.Document.LineOf(at),
                    $"{display}: path parameter '{name}' has no {{{name}}} placeholder in the path");
            }
        }

        private static void RequestLines(AnalysisContext context, OperationModel op)
        {
            var display = AnalysisContext.Display(op);
            var pointer = "/paths/" + SpecDocument.Escape(op.Path) + "/" + op.Method.ToLowerInvariant() + "/x-doc-request-examples";
            var items = context.Document.Resolve("#" + pointer) as JsonArray ?? new JsonArray();
            for (var i = 0; i < items.Count; i++)
            {
                var line = items[i].Str("request-line");
                if (line.Length == 0) continue;
                var at = context.Document.LineOf(pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/request-line");
                var subject = $"{display}: request example '{items[i].Str("name")}' (document line {items[i].Int("x-doc-line")})";
                var uri = UriTemplate.Parse(line);

                var problems = new List<string>();
                if (uri.Method.Length == 0) problems.Add("prints no method");
                else if (uri.Method != op.Method)
                    problems.Add(string.Equals(uri.Method, op.Method, System.StringComparison.OrdinalIgnoreCase)
                        ? $"writes the method as '{uri.Method}'"
                        : $"uses method {uri.Method}");
                var notes = UriTemplate.Match(op.Path, uri.Path);
                if (notes == null) problems.Add($"requests {uri.Path}, which is not the operation's path");
                else problems.AddRange(notes);
                if (problems.Count > 0)
                    context.Add(DiagnosticCatalog.RequestLineMismatch, op, at, $"{subject}: the request line '{line}' {string.Join("; ", problems)}");

                QueryNames(context, op, uri, at, $"{subject}: the request line '{line}'");
            }
        }

        /// <summary>DDM0015, shared with the permission rows.</summary>
        public static void QueryNames(AnalysisContext context, OperationModel op, UriTemplate uri, int line, string subject)
        {
            var missing = uri.QueryNames.Distinct().Where(n => !op.Parameters.Any(p => p.In == "query" && p.Name == n)).ToList();
            if (missing.Count > 0)
                context.Add(DiagnosticCatalog.UriQueryParameterUndefined, op, line,
                    $"{subject} has the query parameter{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}, which the operation's query table does not define");
        }

        private static void OverlappingPaths(AnalysisContext context)
        {
            var paths = context.Spec.Operations.Select(o => o.Path).Distinct().ToList();
            for (var j = 1; j < paths.Count; j++)
                for (var i = 0; i < j; i++)
                {
                    if (!UriTemplate.Overlap(paths[i], paths[j])) continue;
                    var first = context.Spec.Operations.Where(o => o.Path == paths[i]).ToList();
                    var second = context.Spec.Operations.Where(o => o.Path == paths[j]).ToList();
                    var shared = second.Where(o => first.Any(f => f.Method == o.Method)).Select(o => o.Method).ToList();
                    var op = second.FirstOrDefault(o => shared.Contains(o.Method)) ?? second[0];
                    var consequence = shared.Count > 0
                        ? $"both define {string.Join(", ", shared)}, so a server must prefer the literal segment and a client cannot tell which operation a request reaches"
                        : "a request meant for one can reach the other's route";
                    context.Add(DiagnosticCatalog.OverlappingPaths, op, context.Document.LineOf("/paths/" + SpecDocument.Escape(paths[j])),
                        $"{paths[j]} overlaps {paths[i]}: {Example(paths[i], paths[j])} matches both; {consequence}");
                }
        }

        /// <summary>A concrete path both templates match: each placeholder replaced by the other's literal, or by <c>x</c>.</summary>
        private static string Example(string a, string b)
        {
            var x = PathTreeBuilder.Segments(a).ToList();
            var y = PathTreeBuilder.Segments(b).ToList();
            return "/" + string.Join("/", x.Select((s, i) =>
                PathTreeBuilder.PlaceholderName(s).Length == 0 ? s
                : PathTreeBuilder.PlaceholderName(y[i]).Length == 0 ? y[i]
                : "x"));
        }
    }
}
