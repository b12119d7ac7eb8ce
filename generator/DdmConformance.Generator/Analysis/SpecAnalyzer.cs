using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// The static analysis: finds places where the spec (and so the document) contradicts itself or
    /// was repaired. Findings never stop generation; the build stays green and reports list them.
    /// </summary>
    internal static class SpecAnalyzer
    {
        private static readonly Regex Placeholder = new Regex(@"\{([^}]+)\}", RegexOptions.CultureInvariant);

        public static IEnumerable<FindingModel> Analyze(SpecModel spec, SpecReader reader)
        {
            var findings = new List<FindingModel>();
            foreach (var op in spec.Operations)
            {
                var operation = op.Method + " " + op.Path;
                void Add(string rule, string message, int line) =>
                    findings.Add(new FindingModel(rule, message, operation, op.Section, spec.FileName, line));

                foreach (Match m in Placeholder.Matches(op.Path))
                {
                    var name = m.Groups[1].Value;
                    if (!op.Parameters.Any(p => p.In == "path" && p.Name == name))
                        Add("DDM0004", $"{operation}: path placeholder {{{name}}} has no path parameter definition", op.SpecLine);
                }

                var bodies = new List<(BodyModel Body, string Where)>();
                if (op.RequestBody != null) bodies.Add((op.RequestBody, "request"));
                bodies.AddRange(op.Responses.Where(r => r.Body != null).Select(r => (r.Body!, "response " + r.Status)));
                foreach (var (body, where) in bodies)
                {
                    var schema = JsonNode.Parse(body.SchemaJson);
                    foreach (var example in body.Examples)
                    {
                        if (example.Repair.Length > 0)
                            Add("DDM0005", $"{operation}: {where} example '{example.Name}' (document line {example.DocLine}) was repaired: {example.Repair}", example.SpecLine);
                        var problems = ExampleValidator.Validate(schema, JsonNode.Parse(example.Json));
                        if (problems.Count > 0)
                            Add("DDM0002", $"{operation}: {where} example '{example.Name}' (document line {example.DocLine}) contradicts its table: {string.Join("; ", problems.Take(8))}{(problems.Count > 8 ? $"; and {problems.Count - 8} more" : "")}", example.SpecLine);
                    }
                }
            }

            foreach (var (reference, pointer) in reader.Resolver.Unresolved.Distinct())
            {
                var op = OperationAt(spec, pointer);
                findings.Add(new FindingModel("DDM0003", $"$ref '{reference}' at {pointer} points to nothing",
                    op == null ? "" : op.Method + " " + op.Path, op?.Section ?? "", spec.FileName, reader.Document.LineOf(pointer)));
            }
            return findings;
        }

        private static OperationModel? OperationAt(SpecModel spec, string pointer)
            => spec.Operations.FirstOrDefault(o => pointer.StartsWith("/paths/" + SpecDocument.Escape(o.Path) + "/" + o.Method.ToLowerInvariant(), System.StringComparison.Ordinal));
    }
}
