using System.Collections.Generic;
using System.Linq;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Emit
{
    /// <summary>
    /// Emits one request builder per operation: required parameters are constructor arguments (so they
    /// cannot be omitted), optional ones are init properties keeping their wire names; <c>Build()</c>
    /// produces an <c>ApiRequest</c> that is sent separately.
    /// </summary>
    internal static class RequestBuilderEmitter
    {
        public static string Emit(SpecModel spec)
        {
            var w = new CodeWriter(Namespaces.Root(spec) + ".Requests");
            w.Summary("Entry points: one factory per operation of " + spec.FileName + ".");
            w.Open("public static partial class " + spec.ApiName + "Requests");
            foreach (var op in spec.Operations)
            {
                var required = RequiredArguments(op, spec);
                w.Summary(op.Summary + " (" + op.Section + "): " + op.Method + " " + op.Path);
                w.Line("public static " + BuilderName(op) + " " + Names.Pascal(op.Id) + "(" + string.Join(", ", required.Select(a => a.Type + " " + a.Name)) + ")");
                w.Line("    => new " + BuilderName(op) + "(" + string.Join(", ", required.Select(a => a.Name)) + ");");
                w.Line();
            }
            w.Close();
            w.Line();
            foreach (var op in spec.Operations) EmitBuilder(w, spec, op);
            return w.ToString();
        }

        private static string BuilderName(OperationModel op) => Names.Pascal(op.Id) + "RequestBuilder";

        private sealed class Argument
        {
            public Argument(string name, string type, ParameterModel? parameter) { Name = name; Type = type; Parameter = parameter; }
            public string Name { get; }
            public string Type { get; }
            public ParameterModel? Parameter { get; }
        }

        private static List<Argument> RequiredArguments(OperationModel op, SpecModel spec)
        {
            var list = op.Parameters.Where(p => p.Required)
                .OrderBy(p => p.In == "path" ? 0 : p.In == "query" ? 1 : 2)
                .Select(p => new Argument(Names.Camel(p.Name), ParameterType(p, spec), p)).ToList();
            if (op.RequestBody != null) list.Add(new Argument("body", BodyType(op.RequestBody, spec), null));
            return list;
        }

        private static string BodyType(BodyModel body, SpecModel spec)
            => body.ClrType.Length == 0 || body.ClrType.StartsWith("global::", System.StringComparison.Ordinal)
                || body.ClrType == "string" || body.ClrType == "int" || body.ClrType == "long" || body.ClrType == "bool" || body.ClrType == "double"
                ? (body.ClrType.Length == 0 ? "global::System.Text.Json.JsonElement" : body.ClrType)
                : "global::" + Namespaces.Models(spec) + "." + body.ClrType;

        private static string ParameterType(ParameterModel p, SpecModel spec)
            => p.ClrType.StartsWith("global::", System.StringComparison.Ordinal) || IsKeywordType(p.ClrType)
                ? p.ClrType : "string"; // enum-typed parameters travel as their wire value

        private static bool IsKeywordType(string t) => t == "string" || t == "int" || t == "long" || t == "bool" || t == "double";

        private static void EmitBuilder(CodeWriter w, SpecModel spec, OperationModel op)
        {
            var required = RequiredArguments(op, spec);
            w.Summary("Builds " + op.Method + " " + op.Path + " — " + op.Summary + " (section " + op.Section + ").");
            w.Open("public sealed partial class " + BuilderName(op));
            w.Line("public const string Method = " + Names.Literal(op.Method) + ";");
            w.Line("public const string PathTemplate = " + Names.Literal(op.Path) + ";");
            w.Line("public const string OperationId = " + Names.Literal(op.Id) + ";");
            w.Line();
            w.Open("public " + BuilderName(op) + "(" + string.Join(", ", required.Select(a => a.Type + " " + a.Name)) + ")");
            foreach (var a in required)
            {
                if (a.Type == "string" || !IsKeywordType(a.Type)) w.Line("global::System.ArgumentNullException.ThrowIfNull(" + a.Name + ");");
                w.Line(Names.Pascal(a.Name.TrimStart('@')) + " = " + a.Name + ";");
            }
            w.Close();
            w.Line();
            foreach (var a in required)
            {
                w.Summary(a.Parameter?.Description ?? "The request body.");
                w.Line("public " + a.Type + " " + Names.Pascal(a.Name.TrimStart('@')) + " { get; }");
                w.Line();
            }
            foreach (var p in op.Parameters.Where(p => !p.Required))
            {
                w.Summary(p.Description + "\nWire name: " + p.Name + " (" + p.In + ").");
                w.Line("public " + ParameterType(p, spec) + "? " + Names.Pascal(p.Name) + " { get; init; }");
                w.Line();
            }
            w.Open("public global::DdmConformance.Api.ApiRequest Build()");
            w.Line("var request = new global::DdmConformance.Api.ApiRequest(Method, PathTemplate, OperationId);");
            foreach (var p in op.Parameters)
            {
                var value = Names.Pascal(p.Name);
                var add = p.In == "path" ? "request.PathValues[" + Names.Literal(p.Name) + "] = "
                    : p.In == "query" ? "request.Query.Add(new(" + Names.Literal(p.Name) + ", "
                    : "request.Headers.Add(new(" + Names.Literal(p.Name) + ", ";
                var close = p.In == "path" ? ";" : "));";
                if (p.Required) w.Line(add + "global::DdmConformance.Api.ApiRequest.Format(" + value + ")" + close);
                else w.Line("if (" + value + " is { } " + Names.Camel(p.Name + " value") + ") " + add + "global::DdmConformance.Api.ApiRequest.Format(" + Names.Camel(p.Name + " value") + ")" + close);
            }
            if (op.RequestBody != null) w.Line("request.JsonBody = global::System.Text.Json.JsonSerializer.Serialize(Body);");
            w.Line("return request;");
            w.Close();
            w.Close();
            w.Line();
        }
    }
}
