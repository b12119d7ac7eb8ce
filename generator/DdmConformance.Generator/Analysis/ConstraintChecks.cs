using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 6, contradictions (DDM0025). The document sometimes states one constraint in two places
    /// (a schema name is 2–48 characters in the table of 4.3.1, 2–24 in the solution of DBS.300405).
    /// Transcription records the second statement where it is made, as
    /// <c>x-doc-constraints: [{target: '#/components/schemas/X/properties/y', maxLength: 24, x-doc-line: N}]</c>
    /// (on an <c>x-error-codes</c> entry, an operation or a schema); this check compares each stated keyword
    /// with the same keyword of the target schema.
    /// </summary>
    internal static class ConstraintChecks
    {
        // JSON Schema's keywords, plus x-interval: a bound on the time between two fields of an object (a route-switching
        // window "not less than 60 minutes" in one table, "not more than 1 hour" in another), which JSON Schema cannot state.
        private static readonly string[] Keywords =
        {
            "type", "format", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "multipleOf", "minItems", "maxItems", "enum", "default", "nullable", "x-interval",
        };

        public static void Run(AnalysisContext context)
        {
            foreach (var (holder, pointer) in context.Objects())
            {
                if (!(holder.Arr("x-doc-constraints") is JsonArray statements)) continue;
                var source = SourceOf(context, holder, pointer);
                for (var i = 0; i < statements.Count; i++)
                {
                    if (!(statements[i] is JsonObject statement)) continue;
                    var at = pointer + "/x-doc-constraints/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    var line = context.Document.LineOf(at);
                    var target = statement.Str("target");
                    var op = context.OperationAt(pointer);
                    // The finding concerns the table the constraint is about, so it carries that table's section.
                    var section = op?.Section ?? context.SectionOfNode(Component(context, target));
                    if (!(context.Document.Resolve(target) is JsonObject declared))
                    {
                        Add(context, op, section, DiagnosticCatalog.UnresolvedReference, line,
                            $"{source.Name} states a constraint on '{target}' (x-doc-constraints), which points to nothing");
                        continue;
                    }
                    var schema = context.Reader.Types.Effective(declared) ?? declared;
                    var contradictions = new List<string>();
                    foreach (var keyword in Keywords)
                    {
                        if (!statement.TryGetPropertyValue(keyword, out var stated)) continue;
                        if (!schema.TryGetPropertyValue(keyword, out var tabled)) continue; // nothing stated there to contradict
                        if (!Same(stated, tabled))
                            contradictions.Add($"{keyword} {Json.Compact(stated)} where the table says {keyword} {Json.Compact(tabled)}");
                    }
                    if (contradictions.Count == 0) continue;
                    var docLine = statement.Int("x-doc-line");
                    var qualifiers = new[] { source.Qualifier, docLine > 0 ? "document line " + docLine.ToString(System.Globalization.CultureInfo.InvariantCulture) : "" }
                        .Where(q => q.Length > 0).ToList();
                    Add(context, op, section, DiagnosticCatalog.ConstraintContradiction, line,
                        $"{Display(target)}: {source.Name}{(qualifiers.Count > 0 ? " (" + string.Join(", ", qualifiers) + ")" : "")} states {string.Join("; ", contradictions)}{TableOf(context, target)}");
                }
            }
        }

        private static void Add(AnalysisContext context, Model.OperationModel? op, string section, Microsoft.CodeAnalysis.DiagnosticDescriptor rule, int line, string message)
        {
            if (op != null) context.Add(rule, op, line, message);
            else context.Add(rule, section, line, message);
        }

        private static bool Same(JsonNode? a, JsonNode? b)
        {
            if (JsonNode.DeepEquals(a, b)) return true;
            // 24 and 24.0 are the same bound.
            return IsNumber(a) && IsNumber(b) && Number(a!) == Number(b!);
        }

        private static bool IsNumber(JsonNode? node) => Json.KindOf(node) == "integer" || Json.KindOf(node) == "number";

        private static double Number(JsonNode node)
            => double.Parse(node.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Who makes the second statement: an error code of the catalogue, an operation, or a place in the spec.</summary>
        private static (string Name, string Qualifier) SourceOf(AnalysisContext context, JsonObject holder, string pointer)
        {
            if (pointer.StartsWith("/x-error-codes/", System.StringComparison.Ordinal))
                return ("error code " + holder.Str("code"), "error-code catalogue");
            var op = context.OperationAt(pointer);
            if (op != null) return (AnalysisContext.Display(op), pointer.EndsWith("/" + op.Method.ToLowerInvariant(), System.StringComparison.Ordinal) ? "" : pointer);
            return (pointer.Length == 0 ? "the document" : pointer, "");
        }

        private static JsonNode? Component(AnalysisContext context, string target)
        {
            var parts = target.Split('/');
            return parts.Length >= 4 ? context.Document.Resolve(string.Join("/", parts.Take(4))) : null;
        }

        /// <summary><c>#/components/schemas/X/properties/y</c> → <c>X.y</c>.</summary>
        private static string Display(string target)
            => target.Replace("#/components/schemas/", "").Replace("/properties/", ".").Replace("/items", "[]").Replace("~1", "/").Replace("~0", "~");

        private static string TableOf(AnalysisContext context, string target)
        {
            var component = Component(context, target);
            var table = component.Str("x-doc-table");
            var line = component.Int("x-doc-line");
            return table.Length > 0 ? $" ({table}{(line > 0 ? ", document line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")})" : "";
        }
    }
}
