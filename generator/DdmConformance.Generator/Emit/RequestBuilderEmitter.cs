using System.Collections.Generic;
using System.Linq;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Emit
{
    /// <summary>
    /// Emits one operation's request builder, Kiota style, into the path node's partial class:
    /// <c>To{Method}Request(…)</c> builds an <c>ApiRequest</c> without sending it; <c>{Method}Async(client, …)</c>
    /// sends it through RestSharp (only when the compilation references RestSharp). Query and header
    /// parameters are small typed classes that keep the wire names; the mandatory ones are <c>required</c>
    /// members, and the class itself (like a mandatory body) is then a mandatory argument, so leaving a
    /// required parameter out does not compile. Path parameters are given while navigating.
    /// </summary>
    internal static class RequestBuilderEmitter
    {
        private const string ApiRequest = "global::DdmConformance.Api.ApiRequest";

        private sealed class Argument
        {
            public Argument(string type, string name, bool required, string doc) { Type = type; Name = name; Required = required; Doc = doc; }
            public string Type { get; }
            public string Name { get; }
            public bool Required { get; }
            public string Doc { get; }
            public string Declaration => Required ? Type + " " + Name : Type + "? " + Name + " = null";
        }

        public static string Emit(OperationUnit unit, bool transport)
        {
            var op = unit.Operation;
            var w = new CodeWriter(Namespaces.Requests(unit.ApiName));
            var builder = op.BuilderClass.Length == 0 ? PathTreeEmitter.RootClass(unit.ApiName) : op.BuilderClass;
            var verb = Names.Pascal(op.Method.ToLowerInvariant());
            var query = op.Parameters.Where(p => p.In == "query").ToList();
            var headers = op.Parameters.Where(p => p.In == "header").ToList();

            var arguments = new List<Argument>();
            if (op.RequestBody != null)
                arguments.Add(new Argument(BodyType(op.RequestBody), "body", op.RequestBody.Required, "The request body."));
            if (query.Count > 0)
                arguments.Add(new Argument(op.ClrName + "Query", "query", query.Any(p => p.Required), "The query parameters."));
            if (headers.Count > 0)
                arguments.Add(new Argument(op.ClrName + "Headers", "headers", headers.Any(p => p.Required), "The header parameters."));
            // C# wants optional parameters last; within each group the order is body, query, headers.
            arguments = arguments.Where(a => a.Required).Concat(arguments.Where(a => !a.Required)).ToList();
            var declarations = string.Join(", ", arguments.Select(a => a.Declaration));
            var names = string.Join(", ", arguments.Select(a => a.Name));

            w.Open("public sealed partial class " + builder);
            w.Summary(op.Summary + ": " + op.Method + " " + op.Path + (op.Section.Length > 0 ? " (section " + op.Section + ")" : "") + ".");
            w.Remarks(Remarks(op));
            foreach (var a in arguments) w.Param(a.Name, a.Doc);
            w.Open("public " + ApiRequest + " To" + verb + "Request(" + declarations + ")");
            foreach (var a in arguments.Where(a => a.Required && !PathTreeEmitter.IsValueType(a.Type)))
                w.Line("global::System.ArgumentNullException.ThrowIfNull(" + a.Name + ");");
            w.Line("var request = NewRequest(" + Names.Literal(op.Method) + ", " + Names.Literal(op.Path) + ", " + Names.Literal(op.Id) + ");");
            foreach (var a in arguments.Where(a => a.Name != "body"))
                w.Line(a.Name + (a.Required ? "" : "?") + ".AddTo(request);");
            if (op.RequestBody != null)
            {
                var serialize = "global::System.Text.Json.JsonSerializer.Serialize(body, global::DdmConformance.Api.ApiJson.Options)";
                w.Line(op.RequestBody.Required
                    ? "request.JsonBody = " + serialize + ";"
                    : "if (body is not null) request.JsonBody = " + serialize + ";");
            }
            w.Line("return request;");
            w.Close();

            if (transport)
            {
                var response = SuccessType(op);
                var result = response.Length > 0 ? "global::RestSharp.RestResponse<" + response + ">" : "global::RestSharp.RestResponse";
                w.Line();
                w.SummaryXml("Builds the request of <see cref=\"To" + verb + "Request\"/> and sends it with RestSharp.");
                w.Param("client", "The client, with the base URL and authentication of the target.");
                foreach (var a in arguments) w.Param(a.Name, a.Doc);
                w.Line("public global::System.Threading.Tasks.Task<" + result + "> " + verb + "Async(global::RestSharp.IRestClient client"
                       + (declarations.Length > 0 ? ", " + declarations : "") + ", global::System.Threading.CancellationToken cancellationToken = default)");
                w.Line("    => global::DdmConformance.Api.ApiRequestTransport.SendAsync" + (response.Length > 0 ? "<" + response + ">" : "")
                       + "(client, To" + verb + "Request(" + names + "), cancellationToken);");
            }
            w.Close();

            if (query.Count > 0) EmitParameters(w, op, op.ClrName + "Query", "Query parameters", "Query", query);
            if (headers.Count > 0) EmitParameters(w, op, op.ClrName + "Headers", "Header parameters", "Headers", headers);
            return w.ToString();
        }

        private static void EmitParameters(CodeWriter w, OperationModel op, string className, string what, string list, List<ParameterModel> parameters)
        {
            w.Line();
            w.Summary(what + " of " + op.Id + " (" + op.Method + " " + op.Path + "), under their wire names.");
            w.Open("public sealed partial class " + className);
            var members = new List<(ParameterModel Parameter, string Name)>();
            var used = new HashSet<string>(System.StringComparer.Ordinal) { className, "AddTo" };
            foreach (var p in parameters)
            {
                var name = Names.Pascal(p.Name);
                while (!used.Add(name)) name += "Value";
                members.Add((p, name));
                w.Summary(p.Description);
                w.Remarks((p.In == "query" ? "Query parameter " : "Header ") + p.Name + (p.Required ? " (mandatory)." : ".") + (p.Notes.Length > 0 ? " " + p.Notes : ""));
                w.Line("[global::DdmConformance.Api.WireName(" + Names.Literal(p.Name) + ")]");
                w.Line(p.Required ? "public required " + p.ClrType + " " + name + " { get; init; }" : "public " + p.ClrType + "? " + name + " { get; init; }");
                w.Line();
            }
            w.Open("internal void AddTo(" + ApiRequest + " request)");
            foreach (var (p, name) in members)
            {
                var add = "request." + list + ".Add(new(" + Names.Literal(p.Name) + ", " + ApiRequest + ".Format(";
                var isList = p.ClrType.StartsWith("global::System.Collections.Generic.IReadOnlyList<", System.StringComparison.Ordinal);
                var local = Names.Camel(p.Name + " value");
                if (isList)
                    w.Line("if (" + name + " is { } " + local + ") foreach (var item in " + local + ") if (item is not null) " + add + "item)));");
                else if (p.Required && !PathTreeEmitter.IsValueType(p.ClrType))
                    w.Line(add + "(object?)" + name + " ?? throw new global::System.InvalidOperationException(" + Names.Literal(p.Name + " is mandatory") + "))));");
                else if (p.Required)
                    w.Line(add + name + ")));");
                else
                    w.Line("if (" + name + " is { } " + local + ") " + add + local + ")));");
            }
            w.Close();
            w.Close();
        }

        private static string Remarks(OperationModel op)
        {
            var notes = new List<string>();
            if (op.Description.Length > 0) notes.Add(op.Description);
            var marks = new List<string>();
            if (op.Destructive) marks.Add("Destructive.");
            if (op.Billable) marks.Add("Costs money.");
            if (op.AsyncJob != null) marks.Add("Starts an asynchronous job.");
            if (!op.RequiresAuth) marks.Add("Called without credentials.");
            if (marks.Count > 0) notes.Add(string.Join(" ", marks));
            return string.Join("\n", notes);
        }

        private static string BodyType(BodyModel body) => body.ClrType.Length == 0 ? ClrTypeMapper.JsonElement : body.ClrType;

        /// <summary>The model of the first success response with a body, for RestSharp to deserialize.</summary>
        private static string SuccessType(OperationModel op)
            => op.Responses.Where(r => r.Status.StartsWith("2", System.StringComparison.Ordinal) && r.Body != null && r.Body.ClrType.Length > 0)
                .Select(r => r.Body!.ClrType).FirstOrDefault() ?? "";
    }
}
