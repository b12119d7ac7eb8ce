namespace DdmConformance.Generator.Emit
{
    /// <summary>
    /// The few runtime pieces the emitted builders need beyond <c>ApiRequest</c>: the wire-name attribute and
    /// the JSON options (always), and the RestSharp transport (only when the compilation references RestSharp).
    /// </summary>
    internal static class SupportEmitter
    {
        public const string SupportHint = "DdmConformance.Api.Support.g.cs";
        public const string TransportHint = "DdmConformance.Api.Transport.g.cs";

        public static string Support()
        {
            var w = new CodeWriter("DdmConformance.Api");
            w.Summary("The name a query or header parameter has on the wire.");
            w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Property)]");
            w.Open("public sealed class WireNameAttribute : global::System.Attribute");
            w.Line("public WireNameAttribute(string name) => Name = name;");
            w.Line();
            w.Line("public string Name { get; }");
            w.Close();
            w.Line();
            w.Summary("What every request builder of the path tree has: the path values given so far, and making a request of them.");
            w.Open("public abstract class PathRequestBuilder");
            w.Line("private protected PathRequestBuilder(global::System.Collections.Generic.IReadOnlyDictionary<string, string> pathValues) => PathValues = pathValues;");
            w.Line();
            w.Summary("The path values given so far: placeholder name → wire value.");
            w.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, string> PathValues { get; }");
            w.Line();
            w.Summary("The path values with one more.");
            w.Line("private protected global::System.Collections.Generic.IReadOnlyDictionary<string, string> With(string name, string value)");
            w.Line("    => new global::System.Collections.Generic.Dictionary<string, string>(PathValues) { [name] = value };");
            w.Line();
            w.Summary("A request for one operation under this path, with the path values filled in.");
            w.Open("private protected ApiRequest NewRequest(string method, string pathTemplate, string operationId)");
            w.Line("var request = new ApiRequest(method, pathTemplate, operationId);");
            w.Line("foreach (var pair in PathValues) request.PathValues[pair.Key] = pair.Value;");
            w.Line("return request;");
            w.Close();
            w.Close();
            w.Line();
            w.Summary("How the request builders write JSON bodies: property names from the models, characters as the document writes them.");
            w.Open("public static class ApiJson");
            w.Line("public static global::System.Text.Json.JsonSerializerOptions Options { get; } = new()");
            w.Line("{");
            w.Line("    Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,");
            w.Line("};");
            w.Close();
            return w.ToString();
        }

        public static string Transport()
        {
            var w = new CodeWriter("DdmConformance.Api");
            w.SummaryXml("Sends a built <see cref=\"ApiRequest\"/> with RestSharp: where the request builders meet HTTP.");
            w.Open("public static class ApiRequestTransport");
            w.SummaryXml("The RestSharp request for <paramref name=\"request\"/>: path with values, query, headers and JSON body.");
            w.Open("public static global::RestSharp.RestRequest ToRestRequest(this ApiRequest request)");
            w.Line("var rest = new global::RestSharp.RestRequest(request.Path, MethodOf(request.Method));");
            w.Line("foreach (var pair in request.Query) global::RestSharp.RestRequestExtensions.AddQueryParameter(rest, pair.Key, pair.Value);");
            w.Line("foreach (var pair in request.Headers) global::RestSharp.RestRequestExtensions.AddHeader(rest, pair.Key, pair.Value);");
            w.Line("if (request.JsonBody is not null) global::RestSharp.RestRequestExtensions.AddStringBody(rest, request.JsonBody, request.ContentType);");
            w.Line("return rest;");
            w.Close();
            w.Line();
            w.SummaryXml("Sends <paramref name=\"request\"/> and returns the raw response.");
            w.Line("public static global::System.Threading.Tasks.Task<global::RestSharp.RestResponse> SendAsync(global::RestSharp.IRestClient client, ApiRequest request, global::System.Threading.CancellationToken cancellationToken = default)");
            w.Line("    => client.ExecuteAsync(request.ToRestRequest(), cancellationToken);");
            w.Line();
            w.SummaryXml("Sends <paramref name=\"request\"/> and deserializes a successful response body as <typeparamref name=\"T\"/>.");
            w.Line("public static global::System.Threading.Tasks.Task<global::RestSharp.RestResponse<T>> SendAsync<T>(global::RestSharp.IRestClient client, ApiRequest request, global::System.Threading.CancellationToken cancellationToken = default)");
            w.Line("    where T : notnull");
            w.Line("    => global::RestSharp.RestClientExtensions.ExecuteAsync<T>(client, request.ToRestRequest(), cancellationToken);");
            w.Line();
            w.Line("private static global::RestSharp.Method MethodOf(string method) => method switch");
            w.Line("{");
            foreach (var m in new[] { "Get", "Put", "Post", "Delete", "Patch", "Head", "Options" })
                w.Line("    \"" + m.ToUpperInvariant() + "\" => global::RestSharp.Method." + m + ",");
            w.Line("    _ => throw new global::System.ArgumentException(\"unsupported HTTP method \" + method, nameof(method)),");
            w.Line("};");
            w.Close();
            return w.ToString();
        }
    }
}
