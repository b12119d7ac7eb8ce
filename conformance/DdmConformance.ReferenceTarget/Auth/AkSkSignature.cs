using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace DdmConformance.ReferenceTarget.Auth;

/// <summary>
/// Verifies the API gateway's AK/SK signature (3.2; the "API Request Signing Guide" algorithm that
/// Huawei's signing SDKs implement):
/// <code>
/// Authorization: SDK-HMAC-SHA256 Access={AK}, SignedHeaders={h1;h2}, Signature={hex}
/// CanonicalRequest = METHOD \n CanonicalURI (segments RFC 3986-encoded, ending in "/") \n
///                    CanonicalQuery (sorted key=value, RFC 3986-encoded) \n
///                    lower(name):trim(value) \n per signed header \n SignedHeaders \n hex(SHA256(body))
/// StringToSign     = "SDK-HMAC-SHA256" \n X-Sdk-Date \n hex(SHA256(CanonicalRequest))
/// Signature        = hex(HMAC-SHA256(SK, StringToSign))
/// </code>
/// X-Sdk-Date (<c>yyyyMMddTHHmmssZ</c>) must be signed and within 15 minutes of the target's clock.
/// A body hash may be given in X-Sdk-Content-Sha256 (including <c>UNSIGNED-PAYLOAD</c>), as the SDKs allow.
/// </summary>
internal sealed class AkSkSignature(string accessKey, string secretKey, TimeProvider clock)
{
    private const string Algorithm = "SDK-HMAC-SHA256";
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    /// <summary>Null when the signature is valid; otherwise why not.</summary>
    public string? Verify(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
            return "unsupported algorithm";
        var fields = ParseFields(authorization[(Algorithm.Length + 1)..]);
        if (!fields.TryGetValue("Access", out var access) || !fields.TryGetValue("SignedHeaders", out var signedHeaderList)
            || !fields.TryGetValue("Signature", out var signature))
            return "incomplete Authorization header";
        if (!string.Equals(access, accessKey, StringComparison.Ordinal))
            return "unknown access key";

        var signedHeaders = signedHeaderList.Split(';');
        if (!signedHeaders.Contains("x-sdk-date", StringComparer.Ordinal))
            return "x-sdk-date is not signed";
        var date = request.Headers["X-Sdk-Date"].ToString();
        if (!DateTimeOffset.TryParseExact(date, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var signedAt))
            return "malformed X-Sdk-Date";
        if ((clock.GetUtcNow() - signedAt).Duration() > AllowedSkew)
            return "X-Sdk-Date too far from the current time";

        var canonicalHeaders = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            if (!request.Headers.TryGetValue(name, out var value))
                return $"signed header {name} is missing";
            canonicalHeaders.Append(name.ToLowerInvariant()).Append(':').Append(value.ToString().Trim()).Append('\n');
        }

        var bodyHash = request.Headers["X-Sdk-Content-Sha256"].ToString() is { Length: > 0 } declared
            ? declared
            : Convert.ToHexStringLower(SHA256.HashData(body));

        var canonicalRequest = string.Join('\n',
            request.Method.ToUpperInvariant(),
            CanonicalUri(RawPath(request)),
            CanonicalQuery(request.QueryString.Value),
            canonicalHeaders.ToString(),
            signedHeaderList,
            bodyHash);
        var stringToSign = string.Join('\n', Algorithm, date,
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));
        var expected = Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretKey), Encoding.UTF8.GetBytes(stringToSign)));

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()))
            ? null
            : "signature mismatch";
    }

    // The signer encodes the path as sent; the decoded Request.Path would decode "%25" twice.
    private static string RawPath(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var query = raw.IndexOf('?');
        return query < 0 ? raw : raw[..query];
    }

    private static Dictionary<string, string> ParseFields(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=');
            if (eq > 0)
                fields[part[..eq]] = part[(eq + 1)..];
        }
        return fields;
    }

    private static string CanonicalUri(string path)
    {
        var encoded = string.Join('/', path.Split('/').Select(s => Rfc3986(Uri.UnescapeDataString(s))));
        return encoded.EndsWith('/') ? encoded : encoded + "/";
    }

    private static string CanonicalQuery(string? query)
    {
        if (string.IsNullOrEmpty(query) || query == "?")
            return "";
        var pairs = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p =>
            {
                var eq = p.IndexOf('=');
                var key = Uri.UnescapeDataString(eq < 0 ? p : p[..eq]);
                var value = eq < 0 ? "" : Uri.UnescapeDataString(p[(eq + 1)..]);
                return (Key: Rfc3986(key), Value: Rfc3986(value));
            })
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(p => p.Key + "=" + p.Value));
    }

    // Uri.EscapeDataString leaves exactly the RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~) as they are.
    private static string Rfc3986(string value) => Uri.EscapeDataString(value);
}
