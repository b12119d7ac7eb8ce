using System.Text.Json;
using System.Text.Unicode;
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
    /// <param name="contentType">The request's Content-Type header, if any.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="enforceContentType">False while the content-type-ignored deviation is on.</param>
    /// <param name="optional">The body may be left out: no body (and no Content-Type) parses as null.</param>
    public static JsonElement? Parse(string? contentType, ReadOnlySpan<byte> body, bool enforceContentType, bool optional = false)
    {
        if (enforceContentType && !IsJson(contentType) && (contentType is not null || body.Length > 0))
            throw new ApiErrorException(ApiError.UnsupportedMediaType(contentType));

        if (body.StartsWith("\uFEFF"u8))
            body = body[3..];
        if (IsBlank(body) && optional && contentType is null)
            return null;
        if (IsBlank(body))
            throw Invalid("a request body is required");
        // JsonDocument checks UTF-8 only in the strings it is asked to decode; check all of it now.
        if (!Utf8.IsValid(body))
            throw Invalid("the request body is not valid UTF-8");

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

        try
        {
            RejectDuplicatesAndBadStrings(root, "$");
        }
        catch (InvalidOperationException e)
        {
            // An escape that decodes to invalid UTF-16 (a lone surrogate such as "\ud800").
            throw Invalid("undecodable string: " + e.Message);
        }
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

    /// <summary>Also decodes every string once, so that no later read of the body can fail.</summary>
    private static void RejectDuplicatesAndBadStrings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                _ = element.GetString();
                break;
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!seen.Add(property.Name))
                        throw Invalid($"property '{property.Name}' appears twice in {path}");
                    RejectDuplicatesAndBadStrings(property.Value, path + "." + property.Name);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    RejectDuplicatesAndBadStrings(item, $"{path}[{index++}]");
                break;
        }
    }

    private static ApiErrorException Invalid(string detail) => new(ApiError.InvalidParameter(detail));
}
