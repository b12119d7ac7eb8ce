using System.Text.Json;
using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>
/// Typed, mandatory-aware access to the properties of one JSON object. Every mismatch with the table
/// (missing mandatory field, wrong JSON type, null for a non-nullable field) becomes a parameter error
/// naming the field's path. Unknown properties are ignored, as the service ignores them.
/// </summary>
internal readonly partial struct JsonFields
{
    private readonly JsonElement obj;
    private readonly string path;

    private JsonFields(JsonElement obj, string path)
    {
        this.obj = obj;
        this.path = path;
    }

    public static JsonFields Root(JsonElement body)
        => body.ValueKind == JsonValueKind.Object ? new JsonFields(body, "")
            : throw Invalid($"the request body must be a JSON object, not {Describe(body.ValueKind)}");

    /// <summary>The dotted path of a property of this object (<c>instance.name</c>), for messages.</summary>
    public string PathOf(string name) => path.Length == 0 ? name : path + "." + name;

    public bool Has(string name) => obj.TryGetProperty(name, out _);

    public JsonFields RequiredObject(string name)
        => OptionalObject(name) ?? throw Invalid($"{PathOf(name)} is mandatory");

    public JsonFields? OptionalObject(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind == JsonValueKind.Object ? new JsonFields(value, PathOf(name))
            : throw WrongType(name, "an object", value);
    }

    public string RequiredString(string name)
        => OptionalString(name) ?? throw Invalid($"{PathOf(name)} is mandatory");

    public string? OptionalString(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(name, "a string", value);
    }

    public int RequiredInt32(string name)
        => OptionalInt32(name) ?? throw Invalid($"{PathOf(name)} is mandatory");

    public int? OptionalInt32(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return null;
        // TryGetInt32 refuses 4.0, 4e0 and anything beyond int32: an integer table type means exactly that.
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
            : throw WrongType(name, "an integer (int32)", value);
    }

    public IReadOnlyList<string> RequiredStringArray(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            throw Invalid($"{PathOf(name)} is mandatory");
        if (value.ValueKind != JsonValueKind.Array)
            throw WrongType(name, "an array of strings", value);
        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
                throw Invalid($"{PathOf(name)}[{items.Count}] must be a string, not {Describe(item.ValueKind)}");
            items.Add(item.GetString()!);
        }
        return items;
    }

    public static ApiErrorException Invalid(string detail) => new(ApiError.InvalidParameter(detail));

    private ApiErrorException WrongType(string name, string expected, JsonElement actual)
        => Invalid($"{PathOf(name)} must be {expected}, not {Describe(actual.ValueKind)}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
