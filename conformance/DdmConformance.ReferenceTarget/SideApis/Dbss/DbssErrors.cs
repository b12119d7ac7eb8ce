using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Dbss;

/// <summary>
/// How DBSS answers failures: the <c>DbssError</c> body of Tables 6/8/10 (<c>error_code</c>, <c>error_msg</c>;
/// <c>details</c> and <c>encoded_authorization_message</c> belong to PDP authorization failures, which the target
/// does not model). The page points to an "Error Codes" page the seeds do not include: the DBSS.xxxxxxxx codes
/// are the target's own. Unknown paths and credentials are the API gateway's (APIGW.*, same field names).
/// </summary>
internal static class DbssErrors
{
    private static readonly Dictionary<SideFailure, (string, string)> Defaults = new()
    {
        [SideFailure.InvalidParameter] = ("DBSS.10000001", "Invalid parameter."),
        [SideFailure.AlreadyExists] = ("DBSS.10000002", "The database already exists."),
        [SideFailure.NotFound] = ("DBSS.10000003", "The audit instance does not exist."),
        [SideFailure.Unauthorized] = ("APIGW.0301", "Incorrect IAM authentication information."),
        [SideFailure.NoSuchRoute] = ("APIGW.0101", "The API does not exist or has not been published in the environment"),
        [SideFailure.MethodNotAllowed] = ("DBSS.10000004", "The method is not supported on this path."),
        [SideFailure.TooLarge] = ("DBSS.10000005", "The request body is too large."),
        [SideFailure.UnsupportedMediaType] = ("DBSS.10000006", "The request body must be application/json."),
        [SideFailure.ServerFailure] = ("DBSS.00000001", "Server error."),
    };

    public static IErrorDialect Dialect { get; } = new HuaweiErrorDialect(Defaults);

    /// <summary>The v1 field names (<c>errCode</c>/<c>externalMessage</c>): only for the deviation <c>dbss-error-format-v1</c>.</summary>
    public static IErrorDialect LegacyDialect { get; } = new HuaweiErrorDialect(Defaults, legacyFieldNames: true);
}
