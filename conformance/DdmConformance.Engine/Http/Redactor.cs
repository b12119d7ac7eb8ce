using System.Text.RegularExpressions;

namespace DdmConformance.Engine.Http;

/// <summary>
/// Removes secrets before anything is recorded: configured credentials wherever they appear, and the
/// values of secret-looking JSON fields (passwords in documented examples included).
/// </summary>
public sealed partial class Redactor(IEnumerable<string?> secrets)
{
    public const string Mask = "***";

    private readonly string[] secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4).Select(s => s!).Distinct().ToArray();

    private static readonly string[] SecretHeaders = ["x-auth-token", "authorization", "x-subject-token", "cookie", "set-cookie"];

    public string? Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        foreach (var s in secrets) text = text.Replace(s, Mask, StringComparison.Ordinal);
        return SecretField().Replace(text, m => m.Groups[1].Value + "\"" + Mask + "\"");
    }

    /// <summary>A JSON body with secret fields masked; non-JSON text goes through <see cref="Text"/>.</summary>
    public string? Body(string? body) => Text(body);

    public IReadOnlyList<KeyValuePair<string, string>> Headers(IEnumerable<KeyValuePair<string, string>> headers)
        => headers.Select(h => SecretHeaders.Contains(h.Key.ToLowerInvariant())
            ? new KeyValuePair<string, string>(h.Key, Mask)
            : new KeyValuePair<string, string>(h.Key, Text(h.Value) ?? "")).ToList();

    // "admin_password": "Secret!1", "password":"x", "pwd": "...", "secret_key": "..."
    [GeneratedRegex("(\"[A-Za-z0-9_]*(?:[Pp]assword|[Pp]asswd|[Pp]wd|[Ss]ecret|[Tt]oken|_sk|[Ss]ecretKey)[A-Za-z0-9_]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex SecretField();
}
