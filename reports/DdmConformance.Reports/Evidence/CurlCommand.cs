using System.Text;
using System.Text.RegularExpressions;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Evidence;

/// <summary>
/// A recorded exchange as a curl command a reviewer can paste into a shell. The exchange is redacted
/// already (<c>***</c> where a secret was); each such spot becomes a <c>${DDM_…}</c> placeholder the
/// reader fills from their own environment, so the report stays free of secrets and the command stays runnable.
/// </summary>
internal static partial class CurlCommand
{
    private const string Mask = "***";

    /// <summary>Headers curl sets itself, or that only describe the recorded transport.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "Host", "Content-Length", "User-Agent", "Accept-Encoding", "Connection", "Transfer-Encoding" };

    /// <param name="badCredentials">The case sent credentials the target cannot know: the placeholder must not be the real token.</param>
    public static string For(Exchange e, bool badCredentials = false)
    {
        var variables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var lines = new List<string>();
        var method = e.Method.ToUpperInvariant();
        var start = new StringBuilder("curl -sS -i");
        if (method == "HEAD") start.Append(" -I");
        else if (method != "GET" || e.RequestBody is not null) start.Append(" -X ").Append(method);
        start.Append(' ').Append(DoubleQuoted(e.Url, variables, "DDM_SECRET"));
        lines.Add(start.ToString());

        var signed = e.RequestHeaders.Any(h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) && h.Value == Mask);
        foreach (var (name, value) in e.RequestHeaders)
        {
            if (Skipped.Contains(name)) continue;
            string shown;
            if (value == Mask && name.Equals("X-Auth-Token", StringComparison.OrdinalIgnoreCase))
                shown = badCredentials ? "invalid-token" : Placeholder(variables, "DDM_TOKEN", "IAM token (X-Auth-Token)");
            else if (value == Mask && name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
                shown = Placeholder(variables, "DDM_AUTHORIZATION", "SDK-HMAC-SHA256 signature of this request with your AK/SK (X-Sdk-Date must match)");
            else if (signed && name.Equals("X-Sdk-Date", StringComparison.OrdinalIgnoreCase))
                shown = Placeholder(variables, "DDM_SDK_DATE", "the X-Sdk-Date your signature was made for (yyyyMMddTHHmmssZ)");
            else if (value == Mask)
                shown = Placeholder(variables, "DDM_" + EnvName(name), $"value of the {name} header");
            else
                shown = Escape(value, variables, "DDM_SECRET");
            lines.Add($"  -H \"{Escape(name, variables, "DDM_SECRET")}: {shown}\"");
        }

        if (e.RequestBody is not null)
        {
            // $(cat <<EOF …) rather than @- <<EOF: command substitution drops the heredoc's final newline,
            // so the bytes sent are the recorded body's.
            var body = BodyForHeredoc(e.RequestBody, variables);
            lines.Add("  --data-binary \"$(cat <<EOF\n" + body.TrimEnd('\n') + "\nEOF\n)\"");
        }

        var sb = new StringBuilder();
        if (variables.Count > 0)
        {
            sb.Append("# Set first (never stored in the report):\n");
            foreach (var (name, what) in variables) sb.Append("#   export ").Append(name).Append("=…   # ").Append(what).Append('\n');
        }
        if (signed) sb.Append("# This request was AK/SK-signed: sign it anew (date and signature change), e.g. with the Huawei Cloud SDK signer.\n");
        sb.Append(string.Join(" \\\n", lines));
        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// An unquoted heredoc expands <c>$</c> and backquotes: escape every one the body has, then put the
    /// placeholders in for masked JSON fields (<c>"admin_password": "***"</c> → <c>${DDM_ADMIN_PASSWORD}</c>).
    /// </summary>
    private static string BodyForHeredoc(string body, SortedDictionary<string, string> variables)
    {
        var escaped = body.Replace("\\", "\\\\").Replace("$", "\\$").Replace("`", "\\`");
        escaped = MaskedField().Replace(escaped, m =>
            m.Groups[1].Value + "\"" + Placeholder(variables, "DDM_" + EnvName(m.Groups[2].Value), $"the {m.Groups[2].Value} of the request body") + "\"");
        return escaped.Replace(Mask, Placeholder(variables, "DDM_SECRET", "a secret the report does not show"));
    }

    private static string DoubleQuoted(string text, SortedDictionary<string, string> variables, string maskVariable)
        => "\"" + Escape(text, variables, maskVariable) + "\"";

    /// <summary>Escapes for a double-quoted shell word; a mask becomes a placeholder.</summary>
    private static string Escape(string text, SortedDictionary<string, string> variables, string maskVariable)
    {
        var escaped = text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("$", "\\$").Replace("`", "\\`");
        return escaped.Contains(Mask, StringComparison.Ordinal)
            ? escaped.Replace(Mask, Placeholder(variables, maskVariable, "a secret the report does not show"))
            : escaped;
    }

    private static string Placeholder(SortedDictionary<string, string> variables, string name, string what)
    {
        variables.TryAdd(name, what);
        return "${" + name + "}";
    }

    /// <summary><c>admin-password</c> → <c>ADMIN_PASSWORD</c>.</summary>
    private static string EnvName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name) sb.Append(char.IsAsciiLetterOrDigit(ch) ? char.ToUpperInvariant(ch) : '_');
        return sb.ToString().Trim('_') is { Length: > 0 } s ? s : "SECRET";
    }

    [GeneratedRegex("(\"([A-Za-z0-9_\\-]+)\"\\s*:\\s*)\"\\*\\*\\*\"")]
    private static partial Regex MaskedField();
}
