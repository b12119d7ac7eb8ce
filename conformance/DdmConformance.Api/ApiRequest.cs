using System.Globalization;
using System.Text;

namespace DdmConformance.Api;

/// <summary>
/// A request as built (by a generated request builder or by the engine from a documented example),
/// separate from sending it. Values are wire strings; <see cref="Path"/> expands the template.
/// </summary>
public sealed class ApiRequest(string method, string pathTemplate, string operationId)
{
    public string Method { get; } = method;

    public string PathTemplate { get; } = pathTemplate;

    public string OperationId { get; } = operationId;

    public Dictionary<string, string> PathValues { get; } = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, string>> Query { get; } = new();

    public List<KeyValuePair<string, string>> Headers { get; } = new();

    /// <summary>The JSON body, or null for none.</summary>
    public string? JsonBody { get; set; }

    /// <summary>The query parameter the credentials go in (RPC-style APIs), or empty: they go in headers.</summary>
    public string CredentialQueryParameter { get; set; } = "";

    /// <summary>Content type of the body; the engine overrides it to test 415 handling.</summary>
    public string ContentType { get; set; } = "application/json";

    /// <summary>The path with placeholders replaced (each value URL-encoded); unknown placeholders stay visible.</summary>
    public string Path
    {
        get
        {
            var sb = new StringBuilder();
            var i = 0;
            while (i < PathTemplate.Length)
            {
                var open = PathTemplate.IndexOf('{', i);
                if (open < 0) { sb.Append(PathTemplate, i, PathTemplate.Length - i); break; }
                var close = PathTemplate.IndexOf('}', open);
                if (close < 0) { sb.Append(PathTemplate, i, PathTemplate.Length - i); break; }
                sb.Append(PathTemplate, i, open - i);
                var name = PathTemplate.Substring(open + 1, close - open - 1);
                sb.Append(PathValues.TryGetValue(name, out var v) ? Uri.EscapeDataString(v) : PathTemplate.Substring(open, close - open + 1));
                i = close + 1;
            }
            return sb.ToString();
        }
    }

    /// <summary>Path plus query string, as sent.</summary>
    public string PathAndQuery
        => Query.Count == 0 ? Path
            : Path + "?" + string.Join("&", Query.Select(q => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(q.Value)));

    /// <summary>Formats a parameter value the way the wire expects it (invariant culture, lowercase booleans).</summary>
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
