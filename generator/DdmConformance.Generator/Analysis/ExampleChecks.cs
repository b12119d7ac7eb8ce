using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 1, examples vs schemas (DDM0002, DDM0007–DDM0011): every documented body and parameter
    /// example against the table it illustrates. One finding per example and kind of problem.
    /// </summary>
    internal static class ExampleChecks
    {
        private const int MaxListed = 8;

        public static void Run(AnalysisContext context)
        {
            foreach (var op in context.Spec.Operations)
            {
                var bodies = new List<(BodyModel Body, string Where)>();
                if (op.RequestBody != null) bodies.Add((op.RequestBody, "request"));
                bodies.AddRange(op.Responses.Where(r => r.Body != null).Select(r => (r.Body!, "response " + r.Status)));
                foreach (var (body, where) in bodies)
                {
                    var schema = JsonNode.Parse(body.SchemaJson);
                    foreach (var example in body.Examples)
                        Report(context, op, example.SpecLine,
                            $"{AnalysisContext.Display(op)}: {where} example '{example.Name}' (document line {example.DocLine})",
                            ExampleValidator.Validate(schema, JsonNode.Parse(example.Json)));
                }
                CheckParameterExamples(context, op);
            }
        }

        private static void CheckParameterExamples(AnalysisContext context, OperationModel op)
        {
            var pointer = "/paths/" + SpecDocument.Escape(op.Path) + "/" + op.Method.ToLowerInvariant();
            var pathItem = context.Document.Root.Obj("paths").Obj(op.Path);
            var raw = pathItem.Obj(op.Method.ToLowerInvariant());
            if (pathItem == null || raw == null) return;
            foreach (var (item, itemPointer) in SpecReader.Parameters(context.Document, op.Path, pathItem, raw, pointer))
            {
                var reference = item.Str("$ref");
                var p = reference.Length > 0 ? context.Document.Resolve(reference) as JsonObject : item;
                var at = reference.Length > 0 ? reference.TrimStart('#') : itemPointer;
                if (p == null || !p.TryGetPropertyValue("example", out var example)) continue;
                var parameter = op.Parameters.FirstOrDefault(x => x.Name == p.Str("name") && x.In == p.Str("in"));
                if (parameter == null) continue;
                Report(context, op, context.Document.LineOf(at + "/example"),
                    $"{AnalysisContext.Display(op)}: {parameter.In} parameter '{parameter.Name}' example",
                    ExampleValidator.Validate(JsonNode.Parse(parameter.SchemaJson), example));
            }
        }

        private static void Report(AnalysisContext context, OperationModel op, int line, string subject, List<ExampleProblem> problems)
        {
            foreach (var group in problems.GroupBy(p => p.Kind).OrderBy(g => g.Key))
            {
                var texts = group.Select(p => p.Text).ToList();
                var listed = string.Join("; ", texts.Take(MaxListed)) + (texts.Count > MaxListed ? $"; and {texts.Count - MaxListed} more" : "");
                context.Add(RuleFor(group.Key), op, line, $"{subject} contradicts its table: {listed}");
            }
        }

        private static DiagnosticDescriptor RuleFor(ProblemKind kind)
        {
            switch (kind)
            {
                case ProblemKind.NotAllowed: return DiagnosticCatalog.ExampleValueNotAllowed;
                case ProblemKind.OutOfBounds: return DiagnosticCatalog.ExampleValueOutOfBounds;
                case ProblemKind.NotInTable: return DiagnosticCatalog.ExampleFieldNotInTable;
                case ProblemKind.MandatoryMissing: return DiagnosticCatalog.ExampleMandatoryFieldMissing;
                case ProblemKind.UnexpectedNull: return DiagnosticCatalog.ExampleUnexpectedNull;
                default: return DiagnosticCatalog.ExampleWrongType;
            }
        }
    }
}
