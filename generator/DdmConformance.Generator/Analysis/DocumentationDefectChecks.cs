using System.Text.Json.Nodes;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 5, documentation defects recorded during transcription (DDM0005, DDM0024): every
    /// <c>x-doc-repair</c> (an example that had to be mended) and every <c>x-doc-gap</c> (something the
    /// document should say and does not), wherever in the spec it is.
    /// </summary>
    internal static class DocumentationDefectChecks
    {
        public static void Run(AnalysisContext context)
        {
            foreach (var (node, pointer) in context.Objects())
            {
                var repair = node.Str("x-doc-repair");
                if (repair.Length > 0)
                    Add(context, DiagnosticCatalog.DocumentationRepair, node, pointer, context.Document.LineOf(pointer), "was repaired: " + repair);
                var gap = node.Str("x-doc-gap");
                if (gap.Length > 0)
                    Add(context, DiagnosticCatalog.DocumentationGap, node, pointer, context.Document.LineOf(pointer + "/x-doc-gap"), "has a documentation gap: " + gap);
            }
        }

        private static void Add(AnalysisContext context, Microsoft.CodeAnalysis.DiagnosticDescriptor rule, JsonObject node, string pointer, int line, string what)
        {
            var op = context.OperationAt(pointer);
            var place = pointer.Length == 0 ? "the document" : context.Place(pointer, node, op);
            if (op != null) context.Add(rule, op, line, $"{AnalysisContext.Display(op)}: {place} {what}");
            else context.Add(rule, context.SectionOfNode(node), line, $"{place} {what}");
        }
    }
}
