using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.Api;
using DdmConformance.Api.Catalog;

namespace DdmConformance.Engine.Planning;

/// <summary>
/// Turns a documented example request into a request for this target: the operation's path with real
/// ids, the example's query values where they are concrete and valid (placeholders such as
/// <c>{offset}</c> take the documented default or are left out; mandatory ones get a sample), and the
/// example's body verbatim — except its times, which move to the present (<see cref="DocumentedTimes"/>), and
/// masked passwords that break their own table (<see cref="MaskedSecrets"/>).
/// </summary>
public static class RequestFactory
{
    public static ApiRequest FromExample(OperationDescriptor op, RequestExampleDescriptor? example, IReadOnlyDictionary<string, string> bindings)
    {
        var request = new ApiRequest(op.Method, op.PathTemplate, op.Id) { CredentialQueryParameter = op.CredentialQueryParameter };
        foreach (var p in op.PathParameters)
            if (bindings.TryGetValue(p.Name, out var value)) request.PathValues[p.Name] = value;

        var documentedQuery = ParseQuery(example?.RequestLine ?? "");
        foreach (var p in op.Parameters.Where(p => p.In == "query"))
        {
            var value = bindings.GetValueOrDefault(p.Name) ?? documentedQuery.GetValueOrDefault(p.Name);
            if (value is null || IsPlaceholder(value) || !Fits(p.SchemaJson, value)) value = Default(p.SchemaJson);
            if (value is null && p.Required) value = SampleValue(p.Name, p.SchemaJson);
            if (value is not null) request.Query.Add(new(p.Name, value));
        }

        var body = example?.BodyJson;
        if (string.IsNullOrEmpty(body)) body = op.RequestBody?.Examples.FirstOrDefault()?.Json;
        if (!string.IsNullOrEmpty(body)) request.JsonBody = body;
        if (op.RequestBody is { } table) MaskedSecrets.Replace(request, table.SchemaJson);
        DocumentedTimes.Refresh(request, DateTimeOffset.UtcNow);
        return request;
    }

    public static ApiRequest Copy(ApiRequest source)
    {
        var copy = new ApiRequest(source.Method, source.PathTemplate, source.OperationId)
        {
            JsonBody = source.JsonBody,
            ContentType = source.ContentType,
            CredentialQueryParameter = source.CredentialQueryParameter,
        };
        foreach (var (k, v) in source.PathValues) copy.PathValues[k] = v;
        copy.Query.AddRange(source.Query);
        copy.Headers.AddRange(source.Headers);
        return copy;
    }

    /// <summary>Query parameters of a documented request line (<c>GET https://{endpoint}/v1/…?offset=0&amp;limit=10</c>).</summary>
    public static Dictionary<string, string> ParseQuery(string requestLine)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var q = requestLine.IndexOf('?');
        if (q < 0) return result;
        foreach (var pair in requestLine[(q + 1)..].Trim().Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]).Trim();
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]).Trim();
            result.TryAdd(key, value);
        }
        return result;
    }

    private static bool IsPlaceholder(string value) => value.StartsWith('{') && value.EndsWith('}');

    private static string? Default(string schemaJson)
        => JsonNode.Parse(schemaJson) is JsonObject s && s["default"] is JsonValue v ? Scalar(v) : null;

    /// <summary>A value for <paramref name="parameter"/> when the request must carry one (see <see cref="SampleValue"/>).</summary>
    public static string? Sample(ParameterDescriptor parameter) => SampleValue(parameter.Name, parameter.SchemaJson);

    /// <summary>
    /// A value for a mandatory parameter the example leaves open: the parameter's documented example, a recent
    /// time for a time parameter, the first allowed value, the minimum; null when nothing sensible exists.
    /// </summary>
    private static string? SampleValue(string name, string schemaJson)
    {
        if (JsonNode.Parse(schemaJson) is not JsonObject s) return null;
        if (s["example"] is JsonValue documented) return Scalar(documented);
        if (DocumentedTimes.IsTimeName(name)) return DocumentedTimes.Fresh(name, schemaJson, DateTimeOffset.UtcNow);
        if (s["enum"] is JsonArray e && e.Count > 0 && e[0] is JsonValue first) return Scalar(first);
        return (string?)s["type"] switch
        {
            "integer" or "number" => s["minimum"] is JsonValue min ? Scalar(min) : "1",
            "boolean" => "true",
            // Mandatory strings the document gives no value for are mostly numbers written as text (curPage, perPage).
            "string" => new[] { "1", "10", "a" }.FirstOrDefault(c => MaskedSecrets.Fits(c, s)),
            _ => null,
        };
    }


    /// <summary>Whether a documented query value is acceptable to its parameter's schema (type and enum).</summary>
    private static bool Fits(string schemaJson, string value)
    {
        if (JsonNode.Parse(schemaJson) is not JsonObject s) return true;
        if (s["enum"] is JsonArray e && !e.Any(x => x is JsonValue v && Scalar(v) == value)) return false;
        return (string?)s["type"] switch
        {
            "integer" => long.TryParse(value, out _),
            "number" => double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _),
            "boolean" => value is "true" or "false",
            _ => true,
        };
    }

    private static string Scalar(JsonValue v) => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString();
}
