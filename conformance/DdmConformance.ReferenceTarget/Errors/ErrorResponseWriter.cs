using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Hosting;

namespace DdmConformance.ReferenceTarget.Errors;

/// <summary>
/// Turns an <see cref="ApiError"/> into the body shape of the operation that failed, and is the one place
/// where the error-related deviations are applied.
/// </summary>
internal sealed class ErrorResponseWriter(ActiveDeviations deviations)
{
    /// <summary>Header that explains a rejection to humans reading a transcript; not part of the API.</summary>
    public const string DetailHeader = "X-Reference-Target-Detail";

    public async Task WriteAsync(HttpContext http, ApiError error, ErrorFormat operationFormat)
    {
        error = ApplyDeviations(error);
        var format = error.Kind == ErrorKind.Gateway ? ErrorFormat.V3
            : deviations.IsOn(Deviation.ErrorFormatV3) ? ErrorFormat.V3
            : operationFormat == ErrorFormat.V3 && deviations.IsOn(Deviation.V3ErrorsInV1Format) ? ErrorFormat.V1
            : operationFormat;

        var body = format == ErrorFormat.V1
            ? new JsonObject { ["errCode"] = error.Code, ["externalMessage"] = error.Message }
            : new JsonObject { ["error_code"] = error.Code, ["error_msg"] = error.Message };

        if (error.Detail is not null)
            http.Response.Headers[DetailHeader] = AsciiOnly(error.Detail);
        await JsonResponse.WriteAsync(http, error.Status, body);
    }

    private ApiError ApplyDeviations(ApiError error)
    {
        if (error.Kind == ErrorKind.InvalidParameter && deviations.IsOn(Deviation.Validation500))
            return ApiError.ServerFailure(error.Detail ?? "");
        if (error.Kind == ErrorKind.InvalidParameter && deviations.IsOn(Deviation.WrongErrorCode))
            return error with { Code = "DBS.300005", Message = "Failed to process the request. Contact technical support." };
        if (error.Kind == ErrorKind.UnknownInstance && deviations.IsOn(Deviation.UnknownId400))
            return error with { Status = 400 };
        return error;
    }

    // Header values must be ASCII; a detail may quote user input.
    private static string AsciiOnly(string text)
        => new(text.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());
}
