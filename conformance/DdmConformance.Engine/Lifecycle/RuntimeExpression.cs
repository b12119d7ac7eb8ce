using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.Api;

namespace DdmConformance.Engine.Lifecycle;

/// <summary>
/// Evaluates the OpenAPI runtime expressions the specs use in links and job markers:
/// <c>$response.body#/pointer</c>, <c>$request.body#/pointer</c>, <c>$request.path.name</c>, <c>$request.query.name</c>.
/// </summary>
public static class RuntimeExpression
{
    public static string? Evaluate(string expression, ApiRequest request, string? responseBody)
    {
        if (expression.StartsWith("$response.body#", StringComparison.Ordinal))
            return Pointer(responseBody, expression["$response.body#".Length..]);
        if (expression.StartsWith("$request.body#", StringComparison.Ordinal))
            return Pointer(request.JsonBody, expression["$request.body#".Length..]);
        if (expression.StartsWith("$request.path.", StringComparison.Ordinal))
            return request.PathValues.GetValueOrDefault(expression["$request.path.".Length..]);
        if (expression.StartsWith("$request.query.", StringComparison.Ordinal))
        {
            var name = expression["$request.query.".Length..];
            return request.Query.Where(q => q.Key == name).Select(q => q.Value).FirstOrDefault();
        }
        return null;
    }

    /// <summary>
    /// Every scalar a <c>$response.body#</c> pointer names when each list index in it stands for every item
    /// (<c>/engineGroups/0/id</c>: the id of every engine group), in document order.
    /// </summary>
    public static IReadOnlyList<string> EvaluateAll(string expression, string? responseBody)
    {
        const string prefix = "$response.body#";
        if (!expression.StartsWith(prefix, StringComparison.Ordinal) || string.IsNullOrWhiteSpace(responseBody)) return [];
        JsonNode? root;
        try { root = JsonNode.Parse(responseBody); }
        catch (JsonException) { return []; }
        IEnumerable<JsonNode?> nodes = [root];
        foreach (var raw in expression[prefix.Length..].Split('/').Where(t => t.Length > 0))
        {
            var token = raw.Replace("~1", "/").Replace("~0", "~");
            nodes = nodes.SelectMany(node => node switch
            {
                JsonObject o => [o[token]],
                JsonArray a when int.TryParse(token, out _) => a,
                _ => Enumerable.Empty<JsonNode?>(),
            });
        }
        return nodes.OfType<JsonValue>().Select(v => v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()).ToList();
    }

    /// <summary>The scalar at a JSON pointer (<c>/a/0/b</c>) or dotted path (<c>a.b</c>); null when absent or not a scalar.</summary>
    public static string? Pointer(string? json, string path)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        JsonNode? node;
        try { node = JsonNode.Parse(json); }
        catch (JsonException) { return null; }
        var tokens = path.StartsWith('/') ? path[1..].Split('/') : path.Split('.');
        foreach (var raw in tokens.Where(t => t.Length > 0))
        {
            var token = raw.Replace("~1", "/").Replace("~0", "~");
            node = node switch
            {
                JsonObject o => o[token],
                JsonArray a when int.TryParse(token, out var i) && i >= 0 && i < a.Count => a[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node is JsonValue v
            ? v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
            : null;
    }
}
