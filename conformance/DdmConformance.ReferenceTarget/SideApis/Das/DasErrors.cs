using DdmConformance.ReferenceTarget.SideApis.Common;

namespace DdmConformance.ReferenceTarget.SideApis.Das;

/// <summary>
/// How DAS answers failures. The page shows no error body and points to an "Error Codes" page the seeds do
/// not include, so the body is the Huawei Cloud <c>{"error_code","error_msg"}</c> shape and the DAS.xxxxxx
/// codes are the target's own; unknown paths and credentials are the API gateway's (APIGW.*).
/// </summary>
internal static class DasErrors
{
    public static IErrorDialect Dialect { get; } = new HuaweiErrorDialect(new Dictionary<SideFailure, (string, string)>
    {
        [SideFailure.InvalidParameter] = ("DAS.400001", "Invalid request parameter."),
        [SideFailure.AlreadyExists] = ("DAS.400002", "The resource already exists."),
        [SideFailure.NotFound] = ("DAS.404001", "The instance does not exist."),
        [SideFailure.Unauthorized] = ("APIGW.0301", "Incorrect IAM authentication information."),
        [SideFailure.NoSuchRoute] = ("APIGW.0101", "The API does not exist or has not been published in the environment"),
        [SideFailure.MethodNotAllowed] = ("DAS.405001", "The method is not supported on this path."),
        [SideFailure.TooLarge] = ("DAS.413001", "The request body is too large."),
        [SideFailure.UnsupportedMediaType] = ("DAS.415001", "The request body must be application/json."),
        [SideFailure.ServerFailure] = ("DAS.500001", "Server error."),
    });
}
