using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Family 4, status and error codes (DDM0019–DDM0023): responses agree with the operation's Status
    /// Codes table (<c>x-doc-status-codes</c>), error examples use codes of the catalogue (<c>x-error-codes</c>,
    /// appendix A.3) with the status it gives them, in the operation's error format (<c>x-error-format</c>).
    /// </summary>
    internal static class StatusChecks
    {
        private static readonly Dictionary<string, (string Code, string Message)> Formats = new Dictionary<string, (string, string)>
        {
            ["v1"] = ("errCode", "externalMessage"),
            ["v3"] = ("error_code", "error_msg"),
        };

        public static void Run(AnalysisContext context)
        {
            var catalogue = context.Spec.ErrorCodes.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First());
            foreach (var op in context.Spec.Operations)
            {
                StatusTable(context, op);
                foreach (var response in op.Responses.Where(r => IsError(r.Status) && r.Body != null))
                {
                    if (catalogue.Count > 0) ErrorCodes(context, op, response, catalogue);
                    ErrorFormat(context, op, response);
                }
            }
        }

        private static void StatusTable(AnalysisContext context, OperationModel op)
        {
            if (op.StatusCodes.Count == 0) return;
            var table = string.Join(", ", op.StatusCodes);
            var listed = Listed(context, op);
            foreach (var response in op.Responses.Where(r => !listed(r.Status)))
            {
                var pointer = "/paths/" + SpecDocument.Escape(op.Path) + "/" + op.Method.ToLowerInvariant() + "/responses/" + SpecDocument.Escape(response.Status);
                var examples = response.Body?.Examples ?? EquatableArray<ExampleModel>.Empty;
                if (examples.Count > 0)
                    context.Add(DiagnosticCatalog.ExampleStatusNotInTable, op, examples[0].SpecLine,
                        $"{AnalysisContext.Display(op)}: {Plural(examples.Count, "example")} ({string.Join(", ", examples.Select(e => $"'{e.Name}', document line {e.DocLine}"))}) "
                        + $"{(examples.Count == 1 ? "shows" : "show")} status {response.Status}, which the operation's Status Codes table ({table}) does not list");
                if (response.Body != null && response.Body.SchemaJson != "{}")
                    context.Add(DiagnosticCatalog.ResponseStatusNotInTable, op, context.Document.LineOf(pointer),
                        $"{AnalysisContext.Display(op)}: a response table is given for status {response.Status}, which the operation's Status Codes table ({table}) does not list");
            }
        }

        /// <summary>
        /// Whether the Status Codes table lists a status. Many operations print only the normal status and refer
        /// the abnormal ones to appendix A.2 ("Abnormal: For details, see Status Codes"), transcribed as the entry
        /// <c>A.2</c>: then every error status of the appendix's table (root <c>x-status-codes</c>) is listed, and so
        /// is the <c>default</c> response that holds the abnormal body of appendix A.1.
        /// </summary>
        private static System.Func<string, bool> Listed(AnalysisContext context, OperationModel op)
        {
            var statuses = new HashSet<string>(op.StatusCodes.Where(s => s != AppendixStatusTable));
            if (!op.StatusCodes.Contains(AppendixStatusTable)) return statuses.Contains;
            var appendix = (context.Document.Root.Arr("x-status-codes") ?? new JsonArray())
                .Select(row => row is JsonObject o && o["status"] is JsonValue v ? Json.Scalar(v) : "")
                .Where(IsError);
            statuses.UnionWith(appendix);
            statuses.Add("default");
            return statuses.Contains;
        }

        /// <summary>The entry of <c>x-doc-status-codes</c> that stands for appendix A.2's table of statuses.</summary>
        private const string AppendixStatusTable = "A.2";

        private static void ErrorCodes(AnalysisContext context, OperationModel op, ResponseModel response, Dictionary<string, ErrorCodeModel> catalogue)
        {
            foreach (var example in response.Body!.Examples)
            {
                var code = Code(example);
                if (code.Length == 0) continue;
                var subject = $"{AnalysisContext.Display(op)}: response {response.Status} example '{example.Name}' (document line {example.DocLine})";
                if (!catalogue.TryGetValue(code, out var entry))
                    context.Add(DiagnosticCatalog.ErrorCodeNotInCatalogue, op, example.SpecLine,
                        $"{subject} uses the error code {code}, which is not in the error-code catalogue (x-error-codes)");
                else if (entry.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) != response.Status)
                    context.Add(DiagnosticCatalog.ErrorCodeWrongStatus, op, example.SpecLine,
                        $"{subject} uses the error code {code} with status {response.Status}; the catalogue gives it status {entry.Status}");
            }
        }

        private static void ErrorFormat(AnalysisContext context, OperationModel op, ResponseModel response)
        {
            if (!Formats.TryGetValue(op.ErrorFormat, out var expected)) return;
            var other = Formats.First(f => f.Key != op.ErrorFormat);
            var display = AnalysisContext.Display(op);
            var expectedText = $"{op.ErrorFormat} ({expected.Code}/{expected.Message})";
            foreach (var example in response.Body!.Examples)
            {
                if (!(Parse(example.Json) is JsonObject body)) continue;
                if (body.ContainsKey(other.Value.Code) || body.ContainsKey(other.Value.Message))
                    context.Add(DiagnosticCatalog.ErrorBodyWrongFormat, op, example.SpecLine,
                        $"{display}: response {response.Status} example '{example.Name}' (document line {example.DocLine}) is a {other.Key} error body "
                        + $"({other.Value.Code}/{other.Value.Message}), but the operation's error format is {expectedText}");
            }
            var schema = Parse(response.Body.SchemaJson).Obj("properties");
            if (schema != null && (schema.ContainsKey(other.Value.Code) || schema.ContainsKey(other.Value.Message)) && !schema.ContainsKey(expected.Code))
            {
                var pointer = "/paths/" + SpecDocument.Escape(op.Path) + "/" + op.Method.ToLowerInvariant() + "/responses/" + SpecDocument.Escape(response.Status);
                context.Add(DiagnosticCatalog.ErrorBodyWrongFormat, op, context.Document.LineOf(pointer),
                    $"{display}: the response {response.Status} table is the {other.Key} error body ({other.Value.Code}/{other.Value.Message}), but the operation's error format is {expectedText}");
            }
        }

        private static string Code(ExampleModel example)
        {
            var body = Parse(example.Json);
            var code = body.Str("errCode");
            return code.Length > 0 ? code : body.Str("error_code");
        }

        private static JsonNode? Parse(string json)
        {
            try { return JsonNode.Parse(json); }
            catch (System.Text.Json.JsonException) { return null; }
        }

        private static bool IsError(string status) => status.Length == 3 && (status[0] == '4' || status[0] == '5');

        private static string Plural(int count, string noun) => count == 1 ? "the example" : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + "s";
    }
}
