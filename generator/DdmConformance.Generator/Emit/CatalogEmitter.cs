using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DdmConformance.Generator.Analysis;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Emit
{
    /// <summary>
    /// Emits the operation catalog: everything the engine knows about an API (operations, parameters,
    /// bodies with self-contained schemas, examples, statuses, links, safety marks, provenance, the
    /// error-code catalogue and the static-analysis findings). The engine never reads the YAML.
    /// The API descriptor lives in <c>{Api}Catalog</c>; each operation's descriptor in its own file,
    /// as a property of <c>{Api}Operations</c>.
    /// </summary>
    internal static class CatalogEmitter
    {
        private const string Catalog = "global::DdmConformance.Api.Catalog.";

        public static string EmitApi(ApiUnit api)
        {
            var w = new CodeWriter(Namespaces.Root(api.ApiName));
            w.Summary("The operation catalog of " + api.FileName + " (" + api.Title + ").");
            w.Open("public static partial class " + api.ApiName + "Catalog");
            w.Line("public static " + Catalog + "ApiDescriptor Api { get; } = new " + Catalog + "ApiDescriptor");
            w.Line("{");
            Prop(w, "Name", Names.Literal(api.ApiName));
            Prop(w, "SpecFile", Names.Literal(api.FileName));
            Prop(w, "Title", Names.Literal(api.Title));
            Prop(w, "Version", Names.Literal(api.Version));
            Prop(w, "DocSource", Names.Literal(api.DocSource));
            Prop(w, "DefaultServerUrl", Names.Literal(api.DefaultServerUrl));
            w.Line("    Operations = new " + Catalog + "OperationDescriptor[]");
            w.Line("    {");
            foreach (var name in api.OperationNames) w.Line("        " + api.ApiName + "Operations." + name + ",");
            w.Line("    },");
            w.Line("    ErrorCodes = new " + Catalog + "ErrorCodeDescriptor[]");
            w.Line("    {");
            foreach (var e in api.ErrorCodes)
            {
                var head = "        new(" + Names.Literal(e.Code) + ", " + Int(e.Status) + ", " + Names.Literal(e.Message) + ", "
                           + Names.Literal(e.Solution) + ", " + Names.Literal(e.Trigger) + ", " + Names.Literal(e.Untriggerable) + ")";
                if (e.Provocations.Count == 0)
                {
                    w.Line(head + ",");
                    continue;
                }
                w.Line(head);
                w.Line("        {");
                w.Line("            Provocations = new " + Catalog + "ProvocationDescriptor[]");
                w.Line("            {");
                foreach (var p in e.Provocations)
                    w.Line("                new(" + Names.Literal(p.OperationId) + ", " + Names.Literal(p.BodyPatchJson) + ", " + Names.Literal(p.QueryJson)
                           + ", " + Names.Literal(p.PathJson) + ", " + (p.Repeat ? "true" : "false") + "),");
                w.Line("            },");
                w.Line("        },");
            }
            w.Line("    },");
            w.Line("    Findings = new " + Catalog + "SpecFinding[]");
            w.Line("    {");
            foreach (var f in api.Findings)
                w.Line("        new(" + Names.Literal(f.RuleId) + ", " + Names.Literal(f.Message) + ", " + Names.Literal(f.Operation) + ", "
                       + Names.Literal(f.DocSection) + ", " + Names.Literal(f.File) + ", " + Int(f.Line) + "),");
            w.Line("    },");
            w.Line("};");
            w.Close();
            return w.ToString();
        }

        public static string EmitOperation(OperationUnit unit)
        {
            var op = unit.Operation;
            var w = new CodeWriter(Namespaces.Root(unit.ApiName));
            w.Open("public static partial class " + unit.ApiName + "Operations");
            w.Summary(Heading(op) + ": " + op.Method + " " + op.Path + ".");
            w.Line("public static " + Catalog + "OperationDescriptor " + op.ClrName + " { get; } = new()");
            w.Line("{");
            Prop(w, "Id", Names.Literal(op.Id));
            Prop(w, "Method", Names.Literal(op.Method));
            Prop(w, "PathTemplate", Names.Literal(op.Path));
            Prop(w, "Summary", Names.Literal(op.Summary));
            if (op.Description.Length > 0) Prop(w, "Description", Names.Literal(op.Description));
            Prop(w, "Section", Names.Literal(op.Section));
            Prop(w, "Title", Names.Literal(op.Title));
            Prop(w, "DocLine", Int(op.DocLine));
            Prop(w, "SpecLine", Int(op.SpecLine));
            Prop(w, "Tags", Strings(op.Tags));
            Prop(w, "ErrorFormat", Names.Literal(op.ErrorFormat));
            Prop(w, "PermissionAction", Names.Literal(op.PermissionAction));
            Prop(w, "IsDestructive", Bool(op.Destructive));
            Prop(w, "IsBillable", Bool(op.Billable));
            Prop(w, "RequiresAuth", Bool(op.RequiresAuth));
            if (op.SecuritySchemes.Count > 0) Prop(w, "SecuritySchemes", Strings(op.SecuritySchemes));
            if (op.StatusCodes.Count > 0) Prop(w, "StatusCodes", Strings(op.StatusCodes));
            if (op.DocGaps.Count > 0) Prop(w, "DocGaps", Strings(op.DocGaps));
            if (op.PrepareFresh.Count > 0) Prop(w, "PrepareFresh", Strings(op.PrepareFresh));
            if (op.PrepareAfter.Count > 0) Prop(w, "PrepareAfter", Strings(op.PrepareAfter));
            if (op.CredentialQueryParameter.Length > 0) Prop(w, "CredentialQueryParameter", Names.Literal(op.CredentialQueryParameter));
            if (op.AsyncJob != null)
                Prop(w, "AsyncJob", "new(" + Names.Literal(op.AsyncJob.JobIdExpression) + ", " + Names.Literal(op.AsyncJob.ReadyOperationId) + ", "
                     + Names.Literal(op.AsyncJob.ReadyField) + ", " + Strings(op.AsyncJob.ReadyValues) + ")");
            List(w, "ParameterDescriptor", "Parameters", op.Parameters.Select(p =>
                "new(" + Names.Literal(p.Name) + ", " + Names.Literal(p.In) + ", " + Bool(p.Required) + ", " + Names.Literal(p.SchemaJson) + ", " + Names.Literal(p.Description) + ")"));
            if (op.RequestBody != null) Prop(w, "RequestBody", Body(op.RequestBody));
            List(w, "ResponseDescriptor", "Responses", op.Responses.Select(r =>
                "new(" + Names.Literal(r.Status) + ", " + Names.Literal(r.Description) + ", " + (r.Body == null ? "null" : Body(r.Body)) + ")"));
            List(w, "RequestExampleDescriptor", "RequestExamples", op.RequestExamples.Select(e =>
                "new(" + Names.Literal(e.Name) + ", " + Names.Literal(e.Summary) + ", " + Names.Literal(e.RequestLine) + ", " + Int(e.DocLine) + ", " + Names.Literal(e.BodyJson) + ")"));
            List(w, "LinkDescriptor", "Links", op.Links.Select(l =>
                "new(" + Names.Literal(l.Name) + ", " + Names.Literal(l.OperationId) + ", new global::System.Collections.Generic.Dictionary<string, string> { "
                + string.Join(", ", l.Parameters.Select(p => "[" + Names.Literal(p.Name) + "] = " + Names.Literal(p.Expression))) + " })"));
            List(w, "ConditionalRequirement", "ConditionalRequirements", op.ConditionalRequirements.Select(c =>
                "new(" + Names.Literal(c.IfParameter) + ", " + Names.Literal(c.IfValue) + ", " + Strings(c.Then) + ")"));
            w.Line("};");
            w.Close();
            return w.ToString();
        }

        /// <summary>The cross-API index plus the rule catalogue, emitted once per compilation.</summary>
        public static string EmitIndex(IReadOnlyList<string> apiNames)
        {
            var w = new CodeWriter("DdmConformance.Api");
            w.Summary("Every API the specs describe, and the static-analysis rules.");
            w.Open("public static partial class ApiCatalog");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Catalog + "ApiDescriptor> All { get; } = new " + Catalog + "ApiDescriptor[]");
            w.Line("{");
            foreach (var name in apiNames) w.Line("    global::DdmConformance.Api." + name + "." + name + "Catalog.Api,");
            w.Line("};");
            w.Line();
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Catalog + "RuleDescriptor> Rules { get; } = new " + Catalog + "RuleDescriptor[]");
            w.Line("{");
            foreach (var d in DiagnosticCatalog.All)
                w.Line("    new(" + Names.Literal(d.Id) + ", " + Names.Literal(d.Category) + ", " + Names.Literal(d.Title.ToString(CultureInfo.InvariantCulture)) + ", "
                       + Names.Literal(d.DefaultSeverity.ToString()) + ") { HelpUri = "
                       + Names.Literal(DiagnosticCatalog.HelpBase + d.Id.ToLowerInvariant()) + " },");
            w.Line("};");
            w.Close();
            return w.ToString();
        }

        private static string Heading(OperationModel op)
            => string.Join(" ", new[] { op.Section, op.Title.Length > 0 ? op.Title : op.Summary }.Where(s => s.Length > 0));

        private static void List(CodeWriter w, string type, string name, IEnumerable<string> items)
        {
            w.Line("    " + name + " = new " + Catalog + type + "[]");
            w.Line("    {");
            foreach (var item in items) w.Line("        " + item + ",");
            w.Line("    },");
        }

        private static string Body(BodyModel body)
            => "new(" + Bool(body.Required) + ", " + Names.Literal(body.SchemaJson) + ", new " + Catalog + "ExampleDescriptor[] { "
               + string.Join(", ", body.Examples.Select(e => "new(" + Names.Literal(e.Name) + ", " + Names.Literal(e.Summary) + ", " + Names.Literal(e.Json) + ", "
                   + Int(e.DocLine) + ", " + Names.Literal(e.Repair) + ")")) + " })";

        private static string Strings(IEnumerable<string> values) => "new string[] { " + string.Join(", ", values.Select(Names.Literal)) + " }";

        private static void Prop(CodeWriter w, string name, string value) => w.Line("    " + name + " = " + value + ",");

        private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool b) => b ? "true" : "false";
    }
}
