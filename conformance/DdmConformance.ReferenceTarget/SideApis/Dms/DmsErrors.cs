using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// The failures DMS answers and how. Both pages point to an error-code list the seeds do not include, so the
/// codes are Alibaba Cloud's common ones (MissingParameter, InvalidParameter, InvalidAccessKeyId.NotFound…)
/// and, where a page shows one, the page's: RegisterUser's example carries "403" / "The specified user
/// already exists." (seed 001, lines 85 and 90).
/// </summary>
internal static class DmsErrors
{
    public static SideError MissingParameter(string name, string? condition = null)
        => new(SideFailure.InvalidParameter, "MissingParameter",
            $"The input parameter \"{name}\" that is mandatory for processing this request is not supplied.",
            condition is null ? $"{name} is required" : $"{name} is required when {condition}");

    public static SideError InvalidParameter(string name, string detail)
        => new(SideFailure.InvalidParameter, "InvalidParameter", $"The specified parameter \"{name}\" is not valid.", detail);

    public static SideError UnknownAction(string action)
        => new(SideFailure.InvalidParameter, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.",
            $"no action '{action}'");

    public static SideError UnknownTenant(long tid)
        => new(SideFailure.NotFound, "InvalidTid.NotFound", "The specified tenant does not exist.", $"no tenant {tid}");

    public static SideError UnknownDba(string uid)
        => new(SideFailure.NotFound, "InvalidDbaUid.NotFound", "The specified DBA user does not exist in the tenant.", $"no DMS user {uid}");

    public static SideError UnknownAccount(string uid)
        => new(SideFailure.NotFound, "InvalidUid.NotFound", "The specified UID does not belong to an Alibaba Cloud account.", $"no account {uid}");

    public static SideError UserExists(string uid)
        => new(SideFailure.AlreadyExists, "403", "The specified user already exists.", $"user {uid} is registered already");

    public static SideError InstanceExists(string host, long port)
        => new(SideFailure.AlreadyExists, "InstanceAlreadyExists", "An instance with the same host and port is already registered.",
            $"{host}:{port} is registered already");

    public static SideError DataLinkExists(string name)
        => new(SideFailure.AlreadyExists, "DataLinkNameAlreadyExists", "The datalink name must be unique within the tenant.",
            $"datalink {name} exists");

    public static SideError MissingAccessKey()
        => new(SideFailure.Unauthorized, "MissingAccessKeyId", "AccessKeyId is mandatory for this action.", "no AccessKeyId query parameter");

    public static SideError UnknownAccessKey()
        => new(SideFailure.Unauthorized, "InvalidAccessKeyId.NotFound", "Specified access key is not found.", "AccessKeyId is not the configured credential");

    public static IErrorDialect Dialect { get; } = new EnvelopeDialect();

    /// <summary>
    /// Failures of the action itself (parameters, unknown or duplicate users and instances) are the documented
    /// envelope with HTTP 200 and Success false. What stops a request before any action runs (no such path,
    /// wrong method, credentials, a body too large, a fault of the target) also says so with its HTTP status,
    /// since no action's envelope applies to it; the body is the envelope all the same.
    /// </summary>
    private sealed class EnvelopeDialect : IErrorDialect
    {
        public (int Status, JsonObject Body) Render(SideError error)
        {
            var (status, code, message) = error.Kind switch
            {
                SideFailure.InvalidParameter => (200, "InvalidParameter", "The specified parameter is not valid."),
                SideFailure.NotFound => (200, "InvalidParameter.NotFound", "The specified resource does not exist."),
                SideFailure.AlreadyExists => (200, "InvalidParameter.AlreadyExists", "The specified resource already exists."),
                SideFailure.Unauthorized => (401, "InvalidAccessKeyId.NotFound", "Specified access key is not found."),
                SideFailure.NoSuchRoute => (404, "InvalidApi.NotFound", "Specified api is not found, please check your url and method."),
                SideFailure.MethodNotAllowed => (405, "UnsupportedHTTPMethod", "This http method is not supported."),
                SideFailure.TooLarge => (413, "InvalidParameter", "The request is too large."),
                SideFailure.UnsupportedMediaType => (415, "InvalidParameter", "The request body must be application/json."),
                _ => (500, "UnknownError", "UnknownError"),
            };
            return (status, DmsEnvelope.Failure(error.Code ?? code, error.Message ?? message));
        }
    }
}
