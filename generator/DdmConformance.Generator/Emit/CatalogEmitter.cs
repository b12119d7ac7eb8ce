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
    /// </summary>
    internal static class CatalogEmitter
    {
        private const string Catalog = "global::DdmConformance.Api.Catalog.";

        public static string Emit(SpecModel spec)
        {
            var w = new CodeWriter(Namespaces.Root(spec));
            w.Summary("The operation catalog of " + spec.FileName + " (" + spec.Title + ").");
            w.Open("public static partial class " + spec.ApiName + "Catalog");
            w.Line("public static " + Catalog + "ApiDescriptor Api { get; } = new " + Catalog + "ApiDescriptor");
            w.Line("{");
            w.Line("    Name = " + Names.Literal(spec.ApiName) + ",");
            w.Line("    SpecFile = " + Names.Literal(spec.FileName) + ",");
            w.Line("    Title = " + Names.Literal(spec.Title) + ",");
            w.Line("    Version = " + Names.Literal(spec.Version) + ",");
            w.Line("    DocSource = " + Names.Literal(spec.DocSource) + ",");
            w.Line("    Operations = new " + Catalog + "OperationDescriptor[]");
            w.Line("    {");
            for (var i = 0; i < spec.Operations.Count; i++) w.Line("        Operation" + i.ToString(CultureInfo.InvariantCulture) + "(),");
            w.Line("    },");
            w.Line("    ErrorCodes = new " + Catalog + "ErrorCodeDescriptor[]");
            w.Line("    {");
            foreach (var e in spec.ErrorCodes)
                w.Line("        new(" + Names.Literal(e.Code) + ", " + e.Status.ToString(CultureInfo.InvariantCulture) + ", " + Names.Literal(e.Message) + ", "
                       + Names.Literal(e.Solution) + ", " + Names.Literal(e.Trigger) + ", " + Names.Literal(e.Untriggerable) + "),");
            w.Line("    },");
            w.Line("    Findings = new " + Catalog + "SpecFinding[]");
            w.Line("    {");
            foreach (var f in spec.Findings)
                w.Line("        new(" + Names.Literal(f.RuleId) + ", " + Names.Literal(f.Message) + ", " + Names.Literal(f.Operation) + ", "
                       + Names.Literal(f.DocSection) + ", " + Names.Literal(f.File) + ", " + f.Line.ToString(CultureInfo.InvariantCulture) + "),");
            w.Line("    },");
            w.Line("};");
            w.Line();
            for (var i = 0; i < spec.Operations.Count; i++) EmitOperation(w, spec.Operations[i], i);
            w.Close();
            return w.ToString();
        }

        private static void EmitOperation(CodeWriter w, OperationModel op, int index)
        {
            w.Line("// " + op.Section + " " + op.Title);
            w.Line("private static " + Catalog + "OperationDescriptor Operation" + index.ToString(CultureInfo.InvariantCulture) + "() => new()");
            w.Line("{");
            Prop(w, "Id", Names.Literal(op.Id));
            Prop(w, "Method", Names.Literal(op.Method));
            Prop(w, "PathTemplate", Names.Literal(op.Path));
            Prop(w, "Summary", Names.Literal(op.Summary));
            Prop(w, "Section", Names.Literal(op.Section));
            Prop(w, "Title", Names.Literal(op.Title));
            Prop(w, "DocLine", Int(op.DocLine));
            Prop(w, "SpecLine", Int(op.SpecLine));
            Prop(w, "Tags", "new string[] { " + string.Join(", ", op.Tags.Select(Names.Literal)) + " }");
            Prop(w, "ErrorFormat", Names.Literal(op.ErrorFormat));
            Prop(w, "PermissionAction", Names.Literal(op.PermissionAction));
            Prop(w, "IsDestructive", Bool(op.Destructive));
            Prop(w, "IsBillable", Bool(op.Billable));
            Prop(w, "RequiresAuth", Bool(op.RequiresAuth));
            if (op.AsyncJob != null)
                Prop(w, "AsyncJob", "new(" + Names.Literal(op.AsyncJob.JobIdExpression) + ", " + Names.Literal(op.AsyncJob.ReadyOperationId) + ", "
                     + Names.Literal(op.AsyncJob.ReadyField) + ", new string[] { " + string.Join(", ", op.AsyncJob.ReadyValues.Select(Names.Literal)) + " })");
            w.Line("    Parameters = new " + Catalog + "ParameterDescriptor[]");
            w.Line("    {");
            foreach (var p in op.Parameters)
                w.Line("        new(" + Names.Literal(p.Name) + ", " + Names.Literal(p.In) + ", " + Bool(p.Required) + ", " + Names.Literal(p.SchemaJson) + ", " + Names.Literal(p.Description) + "),");
            w.Line("    },");
            if (op.RequestBody != null) Prop(w, "RequestBody", Body(op.RequestBody));
            w.Line("    Responses = new " + Catalog + "ResponseDescriptor[]");
            w.Line("    {");
            foreach (var r in op.Responses)
                w.Line("        new(" + Names.Literal(r.Status) + ", " + Names.Literal(r.Description) + ", " + (r.Body == null ? "null" : Body(r.Body)) + "),");
            w.Line("    },");
            w.Line("    RequestExamples = new " + Catalog + "RequestExampleDescriptor[]");
            w.Line("    {");
            foreach (var e in op.RequestExamples)
                w.Line("        new(" + Names.Literal(e.Name) + ", " + Names.Literal(e.Summary) + ", " + Names.Literal(e.RequestLine) + ", " + Int(e.DocLine) + ", " + Names.Literal(e.BodyJson) + "),");
            w.Line("    },");
            w.Line("    Links = new " + Catalog + "LinkDescriptor[]");
            w.Line("    {");
            foreach (var l in op.Links)
                w.Line("        new(" + Names.Literal(l.Name) + ", " + Names.Literal(l.OperationId) + ", new global::System.Collections.Generic.Dictionary<string, string> { "
                       + string.Join(", ", l.Parameters.Select(p => "[" + Names.Literal(p.Name) + "] = " + Names.Literal(p.Expression))) + " }),");
            w.Line("    },");
            w.Line("    ConditionalRequirements = new " + Catalog + "ConditionalRequirement[]");
            w.Line("    {");
            foreach (var c in op.ConditionalRequirements)
                w.Line("        new(" + Names.Literal(c.IfParameter) + ", " + Names.Literal(c.IfValue) + ", new string[] { " + string.Join(", ", c.Then.Select(Names.Literal)) + " }),");
            w.Line("    },");
            w.Line("};");
            w.Line();
        }

        private static string Body(BodyModel body)
            => "new(" + Bool(body.Required) + ", " + Names.Literal(body.SchemaJson) + ", new " + Catalog + "ExampleDescriptor[] { "
               + string.Join(", ", body.Examples.Select(e => "new(" + Names.Literal(e.Name) + ", " + Names.Literal(e.Summary) + ", " + Names.Literal(e.Json) + ", "
                   + Int(e.DocLine) + ", " + Names.Literal(e.Repair) + ")")) + " })";

        private static void Prop(CodeWriter w, string name, string value) => w.Line("    " + name + " = " + value + ",");

        private static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool b) => b ? "true" : "false";

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
                       + Names.Literal(d.DefaultSeverity.ToString()) + "),");
            w.Line("};");
            w.Close();
            return w.ToString();
        }
    }
}
