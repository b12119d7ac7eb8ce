using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 2, references (DDM0003, DDM0012, DDM0013): every reference resolves, every defined table is
    /// used, and a table the document defines twice (the second marked <c>x-doc-duplicate-of</c>) is the same both times.
    /// </summary>
    internal static class ReferenceChecks
    {
        private static readonly string[] ComponentKinds = { "schemas", "parameters", "responses", "requestBodies", "headers", "examples", "links", "callbacks" };

        public static void Run(AnalysisContext context)
        {
            UnresolvedReferences(context);
            UnknownOperations(context);
            UnusedComponents(context);
            Duplicates(context);
        }

        private static void UnresolvedReferences(AnalysisContext context)
        {
            foreach (var (node, pointer) in context.Objects())
            {
                var reference = node.Str("$ref");
                if (reference.Length == 0 || context.Document.Resolve(reference) != null) continue;
                context.Add(DiagnosticCatalog.UnresolvedReference, context.OperationAt(pointer), context.Document.LineOf(pointer),
                    $"$ref '{reference}' at {pointer} points to nothing");
            }
        }

        private static void UnknownOperations(AnalysisContext context)
        {
            var ids = new HashSet<string>(context.Spec.Operations.Select(o => o.Id), System.StringComparer.Ordinal);
            foreach (var op in context.Spec.Operations)
            {
                foreach (var link in op.Links.Where(l => l.OperationId.Length > 0 && !ids.Contains(l.OperationId)))
                    context.Add(DiagnosticCatalog.UnresolvedReference, op, op.SpecLine,
                        $"{AnalysisContext.Display(op)}: link '{link.Name}' names operation '{link.OperationId}', which no operation of the spec has");
                if (op.AsyncJob is { } job && job.ReadyOperationId.Length > 0 && !ids.Contains(job.ReadyOperationId))
                    context.Add(DiagnosticCatalog.UnresolvedReference, op, op.SpecLine,
                        $"{AnalysisContext.Display(op)}: x-async-job polls operation '{job.ReadyOperationId}', which no operation of the spec has");
                // x-prepare: the engine would only find out at run time, case by case.
                foreach (var step in op.PrepareAfter.Where(id => !ids.Contains(id)))
                    context.Add(DiagnosticCatalog.UnresolvedReference, op, op.SpecLine,
                        $"{AnalysisContext.Display(op)}: x-prepare replays operation '{step}' first, which no operation of the spec has");
                var pathParameters = new HashSet<string>(op.Parameters.Where(p => p.In == "path").Select(p => p.Name), System.StringComparer.Ordinal);
                foreach (var fresh in op.PrepareFresh.Where(name => !pathParameters.Contains(name)))
                    context.Add(DiagnosticCatalog.UnresolvedReference, op, op.SpecLine,
                        $"{AnalysisContext.Display(op)}: x-prepare creates a fresh '{fresh}', which is not a path parameter of the operation");
            }
        }

        private static void UnusedComponents(AnalysisContext context)
        {
            var components = context.Document.Root.Obj("components");
            if (components == null) return;

            // Reachable = referred to from outside components/, directly or through other components.
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            var pending = new Queue<JsonNode>();
            void Use(string reference)
            {
                var key = ComponentKey(reference);
                if (key.Length > 0 && used.Add(key) && context.Document.Resolve("#" + key) is JsonNode target) pending.Enqueue(target);
            }
            foreach (var (node, pointer) in context.Objects())
                if (!pointer.StartsWith("/components/", System.StringComparison.Ordinal) && node.Str("$ref") is var r && r.Length > 0) Use(r);
            while (pending.Count > 0)
                foreach (var reference in References(pending.Dequeue())) Use(reference);

            foreach (var kind in ComponentKinds)
                foreach (var entry in components.Obj(kind) ?? new JsonObject())
                {
                    var key = "/components/" + kind + "/" + SpecDocument.Escape(entry.Key);
                    if (used.Contains(key)) continue;
                    var table = entry.Value.Str("x-doc-table");
                    context.Add(DiagnosticCatalog.ComponentUnused, context.SectionOfNode(entry.Value), context.Document.LineOf(key),
                        $"components/{kind}/{entry.Key}{(table.Length > 0 ? " (" + table + ")" : "")} is defined but never used: no operation refers to it, directly or through another definition");
                }

            var schemes = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var (node, pointer) in context.Objects())
                foreach (var requirement in (node.Arr("security") ?? new JsonArray()).OfType<JsonObject>())
                    foreach (var scheme in requirement) schemes.Add(scheme.Key);
            foreach (var scheme in components.Obj("securitySchemes") ?? new JsonObject())
                if (!schemes.Contains(scheme.Key))
                    context.Add(DiagnosticCatalog.ComponentUnused, "", context.Document.LineOf("/components/securitySchemes/" + SpecDocument.Escape(scheme.Key)),
                        $"components/securitySchemes/{scheme.Key} is defined but never used: no security requirement names it");
        }

        private static void Duplicates(AnalysisContext context)
        {
            var schemas = context.Document.Root.Obj("components").Obj("schemas");
            foreach (var entry in schemas ?? new JsonObject())
            {
                var original = entry.Value.Str("x-doc-duplicate-of");
                if (original.Length == 0 || !(entry.Value is JsonObject second)) continue;
                var pointer = "/components/schemas/" + SpecDocument.Escape(entry.Key);
                var line = context.Document.LineOf(pointer + "/x-doc-duplicate-of");
                var section = context.SectionOfNode(second);
                if (!(schemas.Obj(original) is JsonObject first))
                {
                    context.Add(DiagnosticCatalog.UnresolvedReference, section, line,
                        $"components/schemas/{entry.Key} says it is a second definition of '{original}' (x-doc-duplicate-of), which is not defined under components/schemas");
                    continue;
                }
                var differences = Differences(context, first, second);
                if (differences.Count == 0) continue;
                context.Add(DiagnosticCatalog.DuplicateDefinition, section, line,
                    $"'{original}' is defined twice: {Table(original, first)} and {Table(entry.Key, second)} differ: {string.Join("; ", differences)}");
            }
        }

        private static string Table(string name, JsonObject schema)
        {
            var table = schema.Str("x-doc-table");
            var line = schema.Int("x-doc-line");
            return name + (table.Length > 0 || line > 0
                ? " (" + string.Join(", ", new[] { table, line > 0 ? "document line " + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : "" }.Where(s => s.Length > 0)) + ")"
                : "");
        }

        private static List<string> Differences(AnalysisContext context, JsonObject first, JsonObject second)
        {
            var differences = new List<string>();
            var a = first.Obj("properties") ?? new JsonObject();
            var b = second.Obj("properties") ?? new JsonObject();
            var onlyFirst = a.Select(p => p.Key).Where(k => !b.ContainsKey(k)).ToList();
            var onlySecond = b.Select(p => p.Key).Where(k => !a.ContainsKey(k)).ToList();
            if (onlyFirst.Count > 0) differences.Add("fields only in the first: " + string.Join(", ", onlyFirst));
            if (onlySecond.Count > 0) differences.Add("fields only in the second: " + string.Join(", ", onlySecond));
            var required = new HashSet<string>(Strings(first.Arr("required")));
            var required2 = new HashSet<string>(Strings(second.Arr("required")));
            var descriptions = new List<string>();
            foreach (var field in a.Select(p => p.Key).Where(b.ContainsKey))
            {
                var x = context.Reader.Types.Effective(a.Obj(field)) ?? new JsonObject();
                var y = context.Reader.Types.Effective(b.Obj(field)) ?? new JsonObject();
                foreach (var keyword in new[] { "type", "format", "enum", "minLength", "maxLength", "minimum", "maximum", "pattern", "nullable" })
                {
                    var inFirst = x.TryGetPropertyValue(keyword, out var xv);
                    var inSecond = y.TryGetPropertyValue(keyword, out var yv);
                    if (inFirst != inSecond || !JsonNode.DeepEquals(xv, yv))
                        differences.Add($"{field}: {keyword} {(inFirst ? Json.Compact(xv) : "(none)")} vs {(inSecond ? Json.Compact(yv) : "(none)")}");
                }
                if (required.Contains(field) != required2.Contains(field)) differences.Add($"{field}: mandatory in only one of them");
                if (Description(a.Obj(field), x) != Description(b.Obj(field), y)) descriptions.Add(field);
            }
            if (descriptions.Count > 0) differences.Add("descriptions differ for " + string.Join(", ", descriptions));
            return differences;
        }

        private static string Description(JsonObject? declared, JsonObject effective)
            => declared.Str("description").Length > 0 ? declared.Str("description") : effective.Str("description");

        private static IEnumerable<string> Strings(JsonArray? array)
            => (array ?? new JsonArray()).OfType<JsonValue>().Select(Json.Scalar);

        /// <summary><c>#/components/schemas/X/properties/y</c> → <c>/components/schemas/X</c>; empty for other references.</summary>
        private static string ComponentKey(string reference)
        {
            if (!reference.StartsWith("#/components/", System.StringComparison.Ordinal)) return "";
            var parts = reference.Substring(1).Split('/');
            return parts.Length >= 4 ? "/" + parts[1] + "/" + parts[2] + "/" + parts[3] : "";
        }

        private static IEnumerable<string> References(JsonNode node)
        {
            var stack = new Stack<JsonNode>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (current is JsonObject obj)
                {
                    if (obj.Str("$ref") is var r && r.Length > 0) yield return r;
                    foreach (var child in obj) if (child.Value != null) stack.Push(child.Value);
                }
                else if (current is JsonArray array)
                    foreach (var item in array) if (item != null) stack.Push(item);
            }
        }
    }
}
