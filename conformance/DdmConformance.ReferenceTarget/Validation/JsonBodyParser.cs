using System.Text.Json;
using DdmConformance.ReferenceTarget.Errors;
using Microsoft.Net.Http.Headers;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>Content-Type check and JSON parsing for operations that take a body.</summary>
internal static class JsonBodyParser
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 64,
    };

    /// <summary>
    /// 415 when a body (or any Content-Type at all) comes as something other than application/json;
    /// 400 when the body is missing, not JSON, or has a property twice (which value would count is
    /// ambiguous, so it is a parameter error rather than a silent pick).
    /// </summary>
    public static JsonElement Parse(string? contentType, ReadOnlySpan<byte> body, bool enforceContentType)
    {
        if (enforceContentType && !IsJson(contentType) && (contentType is not null || body.Length > 0))
            throw new ApiErrorException(ApiError.UnsupportedMediaType(contentType));

        if (body.StartsWith("\uFEFF"u8))
            body = body[3..];
        if (IsBlank(body))
            throw Invalid("a request body is required");

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray(), Strict);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw Invalid("malformed JSON: " + e.Message);
        }
        catch (ArgumentException e)
        {
            throw Invalid("malformed JSON: " + e.Message);
        }

        RejectDuplicateProperties(root, "$");
        return root;
    }

    private static bool IsJson(string? contentType)
        => contentType is not null
           && MediaTypeHeaderValue.TryParse(contentType, out var parsed)
           && parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return false;
        return true;
    }

    private static void RejectDuplicateProperties(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!seen.Add(property.Name))
                        throw Invalid($"property '{property.Name}' appears twice in {path}");
                    RejectDuplicateProperties(property.Value, path + "." + property.Name);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    RejectDuplicateProperties(item, $"{path}[{index++}]");
                break;
        }
    }

    private static ApiErrorException Invalid(string detail) => new(ApiError.InvalidParameter(detail));
}
