namespace DdmConformance.ReferenceTarget.Errors;

/// <summary>Why a request failed; deviations and the body shape depend on it.</summary>
internal enum ErrorKind
{
    /// <summary>Bad input: malformed JSON, missing or invalid fields or query parameters.</summary>
    InvalidParameter,

    /// <summary>The instance is not in a state that allows the operation.</summary>
    InvalidState,

    /// <summary>The resource named in the path does not exist (in this project): an instance, or a group or node of it.</summary>
    UnknownInstance,

    /// <summary>A body whose Content-Type is not JSON.</summary>
    UnsupportedMediaType,

    /// <summary>A body larger than the target accepts.</summary>
    TooLarge,

    /// <summary>A known path with a method it does not support.</summary>
    MethodNotAllowed,

    /// <summary>Answered by the API gateway before the service sees the request (no route, no valid credentials).</summary>
    Gateway,

    /// <summary>A fault of the target itself.</summary>
    ServerFailure,
}
