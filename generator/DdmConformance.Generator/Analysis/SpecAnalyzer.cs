using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// The static analysis: finds places where the spec (and so the document) contradicts itself, was
    /// repaired, or records a gap. One class per family of rules; findings never stop generation.
    /// </summary>
    internal static class SpecAnalyzer
    {
        public static IReadOnlyList<FindingModel> Analyze(SpecModel spec, SpecReader reader)
        {
            var context = new AnalysisContext(spec, reader);
            ExampleChecks.Run(context);
            ReferenceChecks.Run(context);
            UriChecks.Run(context);
            PermissionChecks.Run(context);
            StatusChecks.Run(context);
            ProvocationChecks.Run(context);
            DocumentationDefectChecks.Run(context);
            ConstraintChecks.Run(context);
            return context.Findings;
        }
    }

    /// <summary>What every check needs: the model, the raw document (with lines), and where findings go.</summary>
    internal sealed class AnalysisContext
    {
        private readonly List<FindingModel> findings = new List<FindingModel>();

        public AnalysisContext(SpecModel spec, SpecReader reader)
        {
            Spec = spec;
            Reader = reader;
        }

        public SpecModel Spec { get; }

        public SpecReader Reader { get; }

        public SpecDocument Document => Reader.Document;

        public IReadOnlyList<FindingModel> Findings => findings;

        public void Add(DiagnosticDescriptor rule, OperationModel? op, int line, string message)
            => findings.Add(new FindingModel(rule.Id, message, op == null ? "" : Display(op), op?.Section ?? "", Spec.FileName, line));

        /// <summary>A finding outside any operation (a component, a root catalogue); <paramref name="section"/> may be empty.</summary>
        public void Add(DiagnosticDescriptor rule, string section, int line, string message)
            => findings.Add(new FindingModel(rule.Id, message, "", section, Spec.FileName, line));

        public static string Display(OperationModel op) => op.Method + " " + op.Path;

        /// <summary>The operation a JSON pointer lies in, if any.</summary>
        public OperationModel? OperationAt(string pointer)
            => Spec.Operations.FirstOrDefault(o =>
            {
                var prefix = "/paths/" + SpecDocument.Escape(o.Path) + "/" + o.Method.ToLowerInvariant();
                return pointer == prefix || pointer.StartsWith(prefix + "/", System.StringComparison.Ordinal);
            });

        /// <summary>The section of a component, from its <c>x-doc-line</c>.</summary>
        public string SectionOfNode(JsonNode? node) => Reader.SectionOfTable(node.Int("x-doc-line"), node.Str("x-doc-table"));

        private List<(JsonObject Node, string Pointer)>? objects;

        /// <summary>Every object in the document with its JSON pointer, depth first, in document order (walked once).</summary>
        public IReadOnlyList<(JsonObject Node, string Pointer)> Objects() => objects ??= Walk().ToList();

        private IEnumerable<(JsonObject Node, string Pointer)> Walk()
        {
            var stack = new Stack<(JsonNode Node, string Pointer)>();
            stack.Push((Document.Root, ""));
            while (stack.Count > 0)
            {
                var (node, pointer) = stack.Pop();
                if (node is JsonObject obj)
                {
                    yield return (obj, pointer);
                    foreach (var child in obj.Reverse())
                        if (child.Value != null) stack.Push((child.Value, pointer + "/" + SpecDocument.Escape(child.Key)));
                }
                else if (node is JsonArray array)
                {
                    for (var i = array.Count - 1; i >= 0; i--)
                        if (array[i] != null) stack.Push((array[i]!, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
        }

        /// <summary>
        /// How a finding names a place: an example (<c>response 200 example 'ok' (document line 914)</c>), a
        /// documented request, the operation itself, or the JSON pointer (relative to the operation's).
        /// </summary>
        public string Place(string pointer, JsonObject node, OperationModel? op)
        {
            var own = op == null ? "" : "/paths/" + SpecDocument.Escape(op.Path) + "/" + op.Method.ToLowerInvariant();
            if (op != null && pointer == own) return "the operation";
            var parts = pointer.Split('/');
            var line = node.Int("x-doc-line").ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (parts.Length >= 3 && parts[parts.Length - 2] == "examples")
            {
                var name = Unescape(parts[parts.Length - 1]);
                var content = System.Array.LastIndexOf(parts, "content");
                string where;
                if (op == null) where = string.Join("/", parts.Skip(1).Take(content > 0 ? content - 1 : parts.Length - 3).Select(Unescape));
                else if (System.Array.IndexOf(parts, "requestBody") >= 0) where = "request";
                else where = "response " + Unescape(parts[System.Array.LastIndexOf(parts, "responses") + 1]);
                return $"{where} example '{name}' (document line {line})";
            }
            if (parts.Length >= 2 && parts[parts.Length - 2] == "x-doc-request-examples")
                return $"request example '{node.Str("name")}' (document line {line})";
            return op != null ? pointer.Substring(own.Length + 1) : pointer;
        }

        private static string Unescape(string token) => token.Replace("~1", "/").Replace("~0", "~");
    }
}
