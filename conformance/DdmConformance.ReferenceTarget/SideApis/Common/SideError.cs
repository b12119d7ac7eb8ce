using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.SideApis.Common;

/// <summary>Why a request to a related API failed. Each API's <see cref="IErrorDialect"/> turns it into a status and body.</summary>
internal enum SideFailure
{
    /// <summary>Bad input: malformed JSON, a missing or invalid field or query parameter, a broken conditional requirement.</summary>
    InvalidParameter,

    /// <summary>A resource the request names (an instance, a user) does not exist.</summary>
    NotFound,

    /// <summary>The request would create something that exists already (a user, an instance, a datalink name).</summary>
    AlreadyExists,

    /// <summary>Missing or wrong credentials.</summary>
    Unauthorized,

    /// <summary>A path that matches no operation.</summary>
    NoSuchRoute,

    /// <summary>A known path with a method it does not support.</summary>
    MethodNotAllowed,

    /// <summary>A body larger than the target accepts.</summary>
    TooLarge,

    /// <summary>A body whose Content-Type is not JSON.</summary>
    UnsupportedMediaType,

    /// <summary>A fault of the target itself.</summary>
    ServerFailure,
}

/// <summary>
/// A failure of a related API. <see cref="Code"/> and <see cref="Message"/> are the API's own when the handler
/// knows them; when null the API's dialect supplies its default for <see cref="Kind"/>. <see cref="Detail"/>
/// explains the rejection to a human (a diagnostic header), never the documented body.
/// </summary>
internal sealed record SideError(SideFailure Kind, string? Code = null, string? Message = null, string? Detail = null)
{
    public static SideError Invalid(string detail) => new(SideFailure.InvalidParameter, Detail: detail);

    /// <summary>
    /// The same failure as the DDM building blocks report it (body reading, JSON parsing, typed field reading,
    /// the gateway's credentials check): their kinds are generic, their codes are DDM's, so only the gateway's
    /// are kept.
    /// </summary>
    public static SideError From(ApiError error) => error.Kind switch
    {
        ErrorKind.UnsupportedMediaType => new(SideFailure.UnsupportedMediaType, Detail: error.Detail),
        ErrorKind.TooLarge => new(SideFailure.TooLarge, Detail: error.Detail),
        ErrorKind.MethodNotAllowed => new(SideFailure.MethodNotAllowed, Detail: error.Detail),
        ErrorKind.UnknownInstance => new(SideFailure.NotFound, Detail: error.Detail),
        ErrorKind.Gateway when error.Status == 401 => new(SideFailure.Unauthorized, error.Code, error.Message, error.Detail),
        ErrorKind.Gateway => new(SideFailure.NoSuchRoute, error.Code, error.Message, error.Detail),
        ErrorKind.ServerFailure => new(SideFailure.ServerFailure, Detail: error.Detail),
        _ => new(SideFailure.InvalidParameter, Detail: error.Detail ?? error.Message),
    };
}

/// <summary>Carries a <see cref="SideError"/> out of validation code deep in a handler.</summary>
internal sealed class SideErrorException(SideError error) : Exception(error.Detail ?? error.Message ?? error.Kind.ToString())
{
    public SideError Error { get; } = error;
}
