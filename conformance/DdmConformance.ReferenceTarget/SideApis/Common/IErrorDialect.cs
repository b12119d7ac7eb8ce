using System.Text.Json.Nodes;

namespace DdmConformance.ReferenceTarget.SideApis.Common;

/// <summary>How one related API answers a failure: the HTTP status and its documented error body.</summary>
internal interface IErrorDialect
{
    (int Status, JsonObject Body) Render(SideError error);
}

/// <summary>
/// The Huawei Cloud error shape (DAS, DBSS): <c>{"error_code","error_msg"}</c> with the HTTP status that names
/// the failure. Codes the handler did not choose come from the API's defaults.
/// </summary>
internal sealed class HuaweiErrorDialect(IReadOnlyDictionary<SideFailure, (string Code, string Message)> defaults, bool legacyFieldNames = false)
    : IErrorDialect
{
    public (int Status, JsonObject Body) Render(SideError error)
    {
        var (code, message) = defaults.TryGetValue(error.Kind, out var d) ? d : defaults[SideFailure.ServerFailure];
        code = error.Code ?? code;
        message = error.Message ?? message;
        // legacyFieldNames: the v1 shape of older Huawei APIs, only ever on for a deviation.
        var body = legacyFieldNames
            ? new JsonObject { ["errCode"] = code, ["externalMessage"] = message }
            : new JsonObject { ["error_code"] = code, ["error_msg"] = message };
        return (StatusOf(error.Kind), body);
    }

    /// <summary>The platform's status for each failure (the DDM document's appendix A.2 describes the same gateway).</summary>
    public static int StatusOf(SideFailure kind) => kind switch
    {
        SideFailure.InvalidParameter or SideFailure.AlreadyExists => 400,
        SideFailure.Unauthorized => 401,
        SideFailure.NotFound or SideFailure.NoSuchRoute => 404,
        SideFailure.MethodNotAllowed => 405,
        SideFailure.TooLarge => 413,
        SideFailure.UnsupportedMediaType => 415,
        _ => 500,
    };
}
