using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// The specs' <c>aliyunAk</c> scheme: an API key in the query parameter <c>AccessKeyId</c>. The pages do not
/// describe Alibaba Cloud's request signing (they point to OpenAPI Explorer), so only the key is checked:
/// it must be the target's token, or its access key when one is configured. X-Auth-Token means nothing here.
/// </summary>
internal sealed class DmsAuthenticator(ReferenceTargetOptions options)
{
    public SideError? Check(HttpRequest request, ReadOnlySpan<byte> body)
    {
        if (!request.Query.TryGetValue("AccessKeyId", out var keys) || keys.Count == 0 || string.IsNullOrEmpty(keys[0]))
            return DmsErrors.MissingAccessKey();
        var key = keys[0];
        var known = keys.Count == 1
            && (string.Equals(key, options.Token, StringComparison.Ordinal)
                || (options.AccessKey is { Length: > 0 } ak && string.Equals(key, ak, StringComparison.Ordinal)));
        return known ? null : DmsErrors.UnknownAccessKey();
    }
}
