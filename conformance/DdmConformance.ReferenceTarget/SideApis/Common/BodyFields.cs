using System.Text.Json;

namespace DdmConformance.ReferenceTarget.SideApis.Common;

/// <summary>
/// Typed, mandatory-aware access to one JSON object of a related API's request body. Every mismatch with
/// the table (missing mandatory field, wrong JSON type, null) is a parameter error naming the field's path;
/// unknown properties are ignored. The DDM target's <c>JsonFields</c> does the same with DDM's error codes
/// and without the booleans these tables use.
/// </summary>
internal readonly struct BodyFields
{
    private readonly JsonElement obj;
    private readonly string path;

    private BodyFields(JsonElement obj, string path)
    {
        this.obj = obj;
        this.path = path;
    }

    public static BodyFields Root(JsonElement body)
        => body.ValueKind == JsonValueKind.Object ? new BodyFields(body, "")
            : throw Invalid($"the request body must be a JSON object, not {Describe(body.ValueKind)}");

    public string PathOf(string name) => path.Length == 0 ? name : path + "." + name;

    public BodyFields RequiredObject(string name)
    {
        var value = Required(name);
        return value.ValueKind == JsonValueKind.Object ? new BodyFields(value, PathOf(name)) : throw WrongType(name, "an object", value);
    }

    public string RequiredString(string name) => AsString(name, Required(name));

    public string? OptionalString(string name) => Optional(name) is { } value ? AsString(name, value) : null;

    public bool RequiredBoolean(string name) => AsBoolean(name, Required(name));

    public bool? OptionalBoolean(string name) => Optional(name) is { } value ? AsBoolean(name, value) : null;

    public int? OptionalInt32(string name)
    {
        if (Optional(name) is not { } value)
            return null;
        // TryGetInt32 refuses 4.0, 4e0 and anything beyond int32: an Integer table type means exactly that.
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw WrongType(name, "an integer", value);
    }

    public IReadOnlyList<string>? OptionalStringArray(string name)
    {
        if (Optional(name) is not { } value)
            return null;
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

    public static SideErrorException Invalid(string detail) => new(SideError.Invalid(detail));

    private JsonElement Required(string name)
        => Optional(name) ?? throw Invalid($"{PathOf(name)} is mandatory");

    // A null is no value: the tables give no field of these APIs as nullable.
    private JsonElement? Optional(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind == JsonValueKind.Null ? throw Invalid($"{PathOf(name)} must not be null") : value;
    }

    private string AsString(string name, JsonElement value)
        => value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(name, "a string", value);

    private bool AsBoolean(string name, JsonElement value)
        => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw WrongType(name, "a boolean", value);

    private SideErrorException WrongType(string name, string expected, JsonElement actual)
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
