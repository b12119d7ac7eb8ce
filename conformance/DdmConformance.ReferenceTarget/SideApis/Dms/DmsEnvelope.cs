using System.Text.Json.Nodes;

namespace DdmConformance.ReferenceTarget.SideApis.Dms;

/// <summary>
/// The one response shape of both DMS actions ("Response elements"/"Response parameters"): RequestId,
/// ErrorCode, ErrorMessage, Success. It reports failures too (Success false); there is no other error body.
/// </summary>
internal static class DmsEnvelope
{
    /// <summary>
    /// Success keeps ErrorCode and ErrorMessage, empty: both documented examples show them on a success
    /// (with the contradictory values "UnknownError" and "403"), so a client may rely on their presence.
    /// </summary>
    public static JsonObject Success() => Build(true, "", "");

    public static JsonObject Failure(string code, string message) => Build(false, code, message);

    // Shaped like the documented ones: F4E2A94B-604F-43FF-93E7-F4EE3DCF412E.
    private static JsonObject Build(bool success, string code, string message) => new()
    {
        ["RequestId"] = Guid.NewGuid().ToString("D").ToUpperInvariant(),
        ["ErrorCode"] = code,
        ["ErrorMessage"] = message,
        ["Success"] = success,
    };
}
