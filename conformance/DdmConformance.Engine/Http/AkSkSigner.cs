using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DdmConformance.Engine.Http;

/// <summary>
/// Signs a request with Huawei Cloud's AK/SK scheme (<c>SDK-HMAC-SHA256</c>, chapter 3.2 of the reference and
/// the API Request Signing Guide). Canonical request: method, canonical URI (each segment URL-encoded,
/// always ending in <c>/</c>), canonical query (sorted by name, encoded), canonical headers
/// (<c>name:value</c>, sorted, each ended by a newline), signed header names, hex SHA-256 of the body.
/// String to sign: algorithm, <c>X-Sdk-Date</c>, hex SHA-256 of the canonical request. Signature: hex
/// HMAC-SHA256 keyed with the SK. <c>content-type</c> and names containing <c>_</c> are not signed.
/// </summary>
public sealed class AkSkSigner(string accessKey, string secretKey)
{
    public const string Algorithm = "SDK-HMAC-SHA256";

    /// <summary>The headers to add: X-Sdk-Date and Authorization (the caller also sends the signed others).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sign(string method, Uri url, IEnumerable<KeyValuePair<string, string>> headers, string? body, DateTimeOffset now)
    {
        var date = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var host = url.IsDefaultPort ? url.Host : url.Host + ":" + url.Port.ToString(CultureInfo.InvariantCulture);
        var signed = headers
            .Append(new("Host", host))
            .Append(new("X-Sdk-Date", date))
            .Where(h => !h.Key.Equals("content-type", StringComparison.OrdinalIgnoreCase) && !h.Key.Contains('_'))
            .GroupBy(h => h.Key.ToLowerInvariant())
            .Select(g => (Name: g.Key, Value: g.Last().Value.Trim()))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();
        var signedNames = string.Join(';', signed.Select(h => h.Name));
        var canonical = string.Join('\n',
            method.ToUpperInvariant(),
            CanonicalUri(url.AbsolutePath),
            CanonicalQuery(url.Query),
            string.Concat(signed.Select(h => h.Name + ":" + h.Value + "\n")),
            signedNames,
            Hex(SHA256.HashData(Encoding.UTF8.GetBytes(body ?? ""))));
        var stringToSign = string.Join('\n', Algorithm, date, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var signature = Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(stringToSign)));
        return
        [
            new("X-Sdk-Date", date),
            new("Authorization", $"{Algorithm} Access={accessKey}, SignedHeaders={signedNames}, Signature={signature}"),
        ];
    }

    private static string CanonicalUri(string path)
    {
        var encoded = string.Join('/', path.Split('/').Select(s => Uri.EscapeDataString(Uri.UnescapeDataString(s))));
        return encoded.EndsWith('/') ? encoded : encoded + "/";
    }

    private static string CanonicalQuery(string query)
    {
        if (string.IsNullOrEmpty(query) || query == "?") return "";
        return string.Join('&', query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=');
                return (Key: Uri.EscapeDataString(Uri.UnescapeDataString(eq < 0 ? p : p[..eq])),
                        Value: Uri.EscapeDataString(Uri.UnescapeDataString(eq < 0 ? "" : p[(eq + 1)..])));
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
