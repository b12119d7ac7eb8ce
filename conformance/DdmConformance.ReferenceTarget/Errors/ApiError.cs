namespace DdmConformance.ReferenceTarget.Errors;

/// <summary>
/// A documented error answer: status, code and message from appendix A (or the gateway's own codes).
/// <see cref="Detail"/> says what exactly was wrong; it goes into a diagnostic header, never into the
/// documented body.
/// </summary>
internal sealed record ApiError(ErrorKind Kind, int Status, string Code, string Message, string? Detail = null)
{
    public const string ParameterErrorCode = "DBS.280001";
    public const string ParameterErrorMessage = "Parameter error.";

    public static ApiError InvalidParameter(string detail)
        => new(ErrorKind.InvalidParameter, 400, ParameterErrorCode, ParameterErrorMessage, detail);

    /// <summary>A.3 DBS.280305, for a security group id that cannot name any security group.</summary>
    public static ApiError InvalidSecurityGroupId()
        => new(ErrorKind.InvalidParameter, 400, "DBS.280305", "Invalid security group ID.", "security_group_id is empty");

    /// <summary>A.3 DBS.200057, for a parameter template id that cannot name any template.</summary>
    public static ApiError InvalidParameterTemplateId()
        => InvalidParameterTemplateId("param_group_id is empty");

    /// <summary>A.3 DBS.200057, for a template id that names no template, or a default one where a custom one is needed (4.10).</summary>
    public static ApiError InvalidParameterTemplateId(string detail)
        => new(ErrorKind.InvalidParameter, 400, "DBS.200057", "Invalid parameter template ID.", detail);

    /// <summary>A.3 DBS.300375 "Invalid {param}.", for a parameter value outside its range or a parameter that does not exist (4.10).</summary>
    public static ApiError InvalidParameterValue(string name, string detail)
        => new(ErrorKind.InvalidParameter, 400, "DBS.300375", $"Invalid {name}.", detail);

    /// <summary>A.3 DBS.300376, for a time zone outside the documented list (a well-typed value the table forbids).</summary>
    public static ApiError InvalidTimeZone(string value)
        => new(ErrorKind.InvalidParameter, 400, "DBS.300376", "The time zone is invalid.", $"time_zone '{value}' is not one of the documented zones");

    public static ApiError InstanceNotAvailable(string status)
        => new(ErrorKind.InvalidState, 400, "DBS.200076", "The instance and node must be in the Available state.",
            $"instance status is {status}, the operation needs RUNNING");

    /// <summary>A.3 DBS.200076 for a node that is busy (creating, restarting, resizing).</summary>
    public static ApiError NodeNotAvailable(string nodeId, string status)
        => new(ErrorKind.InvalidState, 400, "DBS.200076", "The instance and node must be in the Available state.",
            $"node {nodeId} is {status}, the operation needs it normal");

    /// <summary>A.3 DBS.300315, for a read weight outside 0 to 99.</summary>
    public static ApiError InvalidReadWeight(string detail)
        => new(ErrorKind.InvalidParameter, 400, "DBS.300315", "Invalid read/write relative weight.", detail);

    /// <summary>A.3 DBS.300372, for a restoration destination that names no DDM instance of the project (4.9.6, 4.9.8, 4.9.9).</summary>
    public static ApiError InvalidDestinationInstance(string instanceId)
        => new(ErrorKind.InvalidParameter, 400, "DBS.300372", "Invalid destination DDM instance.", $"no DDM instance '{instanceId}' to restore to here");

    public static ApiError UnknownInstance(string instanceId) => UnknownResource("instance", instanceId);

    /// <summary>404 for an id in the path that names nothing (in this project, or in this instance).</summary>
    public static ApiError UnknownResource(string kind, string id)
        => new(ErrorKind.UnknownInstance, 404, ParameterErrorCode, ParameterErrorMessage, $"no {kind} '{id}' here");

    public static ApiError UnsupportedMediaType(string? contentType)
        => new(ErrorKind.UnsupportedMediaType, 415, ParameterErrorCode, ParameterErrorMessage,
            $"Content-Type '{contentType ?? "(none)"}' is not application/json");

    public static ApiError TooLarge(long limit)
        => new(ErrorKind.TooLarge, 413, ParameterErrorCode, ParameterErrorMessage, $"request body larger than {limit} bytes");

    public static ApiError MethodNotAllowed(string method)
        => new(ErrorKind.MethodNotAllowed, 405, ParameterErrorCode, ParameterErrorMessage, $"method {method} is not supported on this path");

    /// <summary>The API gateway's answer for a path that matches no API.</summary>
    public static ApiError NoSuchRoute()
        => new(ErrorKind.Gateway, 404, "APIGW.0101", "The API does not exist or has not been published in the environment");

    /// <summary>The API gateway's answer for missing or wrong credentials (3.3 shows the gateway's body shape).</summary>
    public static ApiError Unauthorized(string reason)
        => new(ErrorKind.Gateway, 401, "APIGW.0301", "Incorrect IAM authentication information: " + reason);

    /// <summary>The gateway's answer over the per-user limit (1.2 request throttling).</summary>
    public static ApiError Throttled()
        => new(ErrorKind.Gateway, 429, "APIGW.0308", "The throttling threshold has been reached: policy user over ratelimit");

    /// <summary>The documented 500 body (every operation's "Server error" example).</summary>
    public static ApiError ServerFailure(string detail)
        => new(ErrorKind.ServerFailure, 500, "DBS.200412", "Server failure.", detail);
}

/// <summary>Carries an <see cref="ApiError"/> out of validation code deep in a handler.</summary>
internal sealed class ApiErrorException(ApiError error) : Exception(error.Detail ?? error.Message)
{
    public ApiError Error { get; } = error;
}
