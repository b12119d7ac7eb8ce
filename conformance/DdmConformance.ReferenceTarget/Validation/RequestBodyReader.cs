using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>
/// Reads the raw request body once, bounded, before authentication: AK/SK signatures cover the body, and
/// a body must never be able to exhaust the in-memory target.
/// </summary>
internal static class RequestBodyReader
{
    /// <summary>1 MiB: far above any documented body, far below anything that hurts.</summary>
    public const int MaxBodyBytes = 1 << 20;

    public static async Task<byte[]> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
            throw new ApiErrorException(ApiError.TooLarge(MaxBodyBytes));
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                    throw new ApiErrorException(ApiError.TooLarge(MaxBodyBytes));
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (BadHttpRequestException e)
        {
            // Malformed framing (bad chunking, short body): the client's fault, never a 500.
            throw new ApiErrorException(ApiError.InvalidParameter("unreadable request body: " + e.Message));
        }
    }
}
