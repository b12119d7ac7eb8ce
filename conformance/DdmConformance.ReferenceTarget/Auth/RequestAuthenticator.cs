using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Auth;

/// <summary>
/// The credentials check of the API gateway (3.2): an X-Auth-Token equal to the configured token, or,
/// when an AK/SK pair is configured, a valid SDK-HMAC-SHA256 signature. When X-Auth-Token is present it
/// decides alone; a signature is only looked at without one.
/// </summary>
internal sealed class RequestAuthenticator(string token, AkSkSignature? signature)
{
    /// <summary>Null when the request may pass; otherwise the gateway's 401.</summary>
    public ApiError? Check(HttpRequest request, ReadOnlySpan<byte> body)
    {
        if (request.Headers.TryGetValue("X-Auth-Token", out var tokens))
        {
            return tokens.Count == 1 && string.Equals(tokens[0], token, StringComparison.Ordinal)
                ? null
                : ApiError.Unauthorized("decrypt token fail");
        }

        if (request.Headers.Authorization.Count > 0 && signature is not null)
        {
            var failure = signature.Verify(request, body);
            return failure is null ? null : ApiError.Unauthorized("verify aksk signature fail, " + failure);
        }

        return ApiError.Unauthorized("x-auth-token not found");
    }
}
