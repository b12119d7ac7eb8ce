using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 4, status and error codes (DDM0027): an error code's <c>provoke</c> entries must fit the operation
    /// they name. A provocation that names no operation, a parameter the operation lacks, or a body field its
    /// documented request does not have would make the suite send a request that fails for another reason, so
    /// the code would be "provoked" by accident or never.
    /// </summary>
    internal static class ProvocationChecks
    {
        public static void Run(AnalysisContext context)
        {
            var codes = context.Document.Root.Arr("x-error-codes") ?? new JsonArray();
            for (var i = 0; i < codes.Count; i++)
            {
                if (!(codes[i] is JsonObject entry)) continue;
                var provoke = entry.Arr("provoke") ?? new JsonArray();
                for (var j = 0; j < provoke.Count; j++)
                {
                    var pointer = "/x-error-codes/" + i + "/provoke/" + j;
                    foreach (var problem in Problems(context.Spec, provoke[j] as JsonObject))
                        context.Add(DiagnosticCatalog.ProvocationMismatch, "", context.Document.LineOf(pointer),
                            $"error code {entry.Str("code")}: provocation {j + 1} {problem}");
                }
            }
        }

        private static IEnumerable<string> Problems(SpecModel spec, JsonObject? provocation)
        {
            var id = provocation.Str("operation");
            var op = spec.Operations.FirstOrDefault(o => o.Id == id);
            if (op == null)
            {
                yield return $"names operation '{id}', which no operation of the spec has";
                yield break;
            }
            foreach (var (section, place) in new[] { ("path", "path"), ("query", "query") })
                foreach (var name in (provocation.Obj(section) ?? new JsonObject()).Select(p => p.Key))
                    if (!op.Parameters.Any(p => p.In == place && p.Name == name))
                        yield return $"sets the {place} parameter '{name}', which {AnalysisContext.Display(op)} does not have";
            var patch = provocation.Obj("body") ?? new JsonObject();
            if (patch.Count == 0) yield break;
            var example = op.RequestExamples.FirstOrDefault(e => e.BodyJson.Length > 0)?.BodyJson
                          ?? op.RequestBody?.Examples.FirstOrDefault()?.Json;
            if (example == null)
            {
                yield return $"patches the body, but {AnalysisContext.Display(op)} documents no request body example";
                yield break;
            }
            var body = JsonNode.Parse(example);
            foreach (var target in patch.Select(p => p.Key))
                if (!ParentExists(body, target))
                    yield return $"patches '{target}', whose parent is not in the documented request example of {AnalysisContext.Display(op)}";
        }

        // The patch sets (or adds) the last segment; everything before it must already be in the example.
        private static bool ParentExists(JsonNode? body, string pointer)
        {
            if (!pointer.StartsWith("/", System.StringComparison.Ordinal)) return false;
            var segments = pointer.Substring(1).Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();
            var node = body;
            foreach (var segment in segments.Take(segments.Length - 1))
            {
                node = node is JsonObject o && o.TryGetPropertyValue(segment, out var child) ? child
                    : node is JsonArray a && int.TryParse(segment, out var index) && index >= 0 && index < a.Count ? a[index]
                    : null;
                if (node == null) return false;
            }
            return node is JsonObject || node is JsonArray;
        }
    }
}
