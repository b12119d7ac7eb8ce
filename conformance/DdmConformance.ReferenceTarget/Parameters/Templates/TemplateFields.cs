using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Validation;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>
/// The rules of Tables 4-534, 4-538, 4-547 and 4-549 for template names and descriptions, and the constraint
/// that default templates are not changed (4.10.8 "cannot be replicated", 4.10.9 "cannot be updated").
/// </summary>
internal static class TemplateFields
{
    public const int MaxDescription = 256;

    private const string ForbiddenInDescription = "\r!<\"='>&";

    /// <summary>1 to 64 characters: letters, digits, hyphens, underscores and periods.</summary>
    public static string Name(string path, string value)
    {
        if (value.Length is < 1 or > 64)
            throw JsonFields.Invalid($"{path} must have 1 to 64 characters");
        if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw JsonFields.Invalid($"{path} may contain only letters, digits, hyphens (-), underscores (_) and periods (.)");
        return value;
    }

    /// <summary>
    /// No carriage return and none of <c>! &lt; " = ' &gt; &amp;</c>; at most 256 characters. Creating a template
    /// (<paramref name="truncate"/>) takes a longer one and keeps its first 256 characters, as Table 4-538 says.
    /// </summary>
    public static string Description(string path, string value, bool truncate)
    {
        if (value.Any(ForbiddenInDescription.Contains))
            throw JsonFields.Invalid($"{path} must not contain carriage returns or any of ! < \" = ' > &");
        if (value.Length <= MaxDescription)
            return value;
        return truncate ? value[..MaxDescription] : throw JsonFields.Invalid($"{path} must have at most {MaxDescription} characters");
    }

    /// <summary>A template id of a request body (Table 4-556): 36 letters and digits.</summary>
    public static string TemplateId(string path, string value)
        => value.Length == 36 && value.All(char.IsAsciiLetterOrDigit) ? value
            : throw JsonFields.Invalid($"{path} must be 36 letters and digits");

    /// <summary>Default templates are the system's: replicating, updating or deleting one is an invalid template id (DBS.200057).</summary>
    public static void RequireCustom(ParameterTemplate template, string action)
    {
        if (!template.UserDefined)
            throw new ApiErrorException(ApiError.InvalidParameterTemplateId(
                $"{template.Id} is a default parameter template; it cannot be {action}"));
    }
}
