using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Results;

namespace DdmConformance.Engine.Checks;

/// <summary>
/// The error body: the operation's documented format (appendix A.1: v1 <c>errCode</c>/<c>externalMessage</c>,
/// v3 <c>error_code</c>/<c>error_msg</c>) and a code from the catalogue — a specific one when the case
/// knows which code the document prescribes.
/// </summary>
public static class ErrorBodyCheck
{
    public const string FormatCheck = "error-format";
    public const string CodeCheck = "error-code";

    /// <summary>Field names (code, message) of each error format the specs use.</summary>
    public static (string Code, string Message)? Fields(string format) => format switch
    {
        "v1" => ("errCode", "externalMessage"),
        "v3" or "dbss" => ("error_code", "error_msg"),
        "dms" => ("ErrorCode", "ErrorMessage"),
        _ => null,
    };

    /// <summary>
    /// RPC-style APIs (DMS) report a failed action in the documented envelope with HTTP 200 and <c>Success: false</c>;
    /// a request they refuse is answered with this status, not 400.
    /// </summary>
    public static int RefusalStatus(OperationDescriptor op, int status) => op.ErrorFormat == "dms" && status == 400 ? 200 : status;

    /// <summary>For an envelope API: the answer says the action failed (<c>Success: false</c>).</summary>
    public static CheckResult EnvelopeFailed(string? body)
    {
        var success = (JsonNode.Parse(string.IsNullOrWhiteSpace(body) ? "null" : body) as JsonObject)?["Success"];
        var failed = success is JsonValue v && v.GetValueKind() == JsonValueKind.False;
        return new CheckResult(FormatCheck, failed, "the envelope reports the failure: \"Success\": false", success?.ToJsonString() ?? "no Success field");
    }

    /// <summary>The error code an error body carries in the operation's format, or null.</summary>
    public static string? CodeOf(OperationDescriptor op, string? body)
    {
        if (Fields(op.ErrorFormat) is not { } fields || string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return (JsonNode.Parse(body) as JsonObject)?[fields.Code] is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static IEnumerable<CheckResult> Check(ApiDescriptor api, OperationDescriptor op, string? body, string? expectedCode)
    {
        var fields = Fields(op.ErrorFormat);
        if (fields is null) yield break;
        var (codeField, messageField) = fields.Value;
        var expectedFormat = $"{op.ErrorFormat} error body {{\"{codeField}\": string, \"{messageField}\": string}}";
        JsonObject? obj = null;
        try
        {
            obj = JsonNode.Parse(body ?? "") as JsonObject;
        }
        catch (JsonException)
        {
        }
        var code = obj?[codeField] is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
        var message = obj?[messageField] is JsonValue m && m.GetValueKind() == JsonValueKind.String ? m.GetValue<string>() : null;
        var formatOk = code is not null && message is not null;
        yield return new CheckResult(FormatCheck, formatOk, expectedFormat, formatOk ? "as documented" : Describe(obj, body));
        if (!formatOk) yield break;

        if (expectedCode is not null)
            yield return new CheckResult(CodeCheck, code == expectedCode, $"error code {expectedCode}", code!);
        else if (api.ErrorCodes.Count > 0)
            yield return new CheckResult(CodeCheck, api.ErrorCode(code!) is not null, "an error code from the catalogue", code!);
    }

    private static string Describe(JsonObject? obj, string? body)
    {
        if (obj is null) return string.IsNullOrWhiteSpace(body) ? "empty body" : "not a JSON object";
        return "fields " + (obj.Count == 0 ? "(none)" : string.Join(", ", obj.Select(p => p.Key)));
    }
}
