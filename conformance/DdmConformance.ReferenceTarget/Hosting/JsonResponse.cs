using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>Writes a JSON body with a status; the one way every answer of the target leaves.</summary>
internal static class JsonResponse
{
    // Relaxed escaping: the default encoder writes "+0000" as "\u002B0000", valid but unlike the document.
    private static readonly JsonSerializerOptions Wire = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(HttpContext http, int status, JsonNode body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(Wire));
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json;charset=UTF-8";
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
