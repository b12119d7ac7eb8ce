using System.Text.Json;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>Fields a table marks as nullable (4.4.8 <c>password_lifetime</c>: "0 or null").</summary>
internal readonly partial struct JsonFields
{
    /// <summary>
    /// A <c>Long</c> that may be null. <c>Present</c> tells "absent" (keep the current value) from an explicit
    /// null (set it to null).
    /// </summary>
    public (bool Present, long? Value) OptionalNullableInt64(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return (false, null);
        if (value.ValueKind == JsonValueKind.Null)
            return (true, null);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? (true, number)
            : throw WrongType(name, "an integer (int64) or null", value);
    }

    /// <summary>An optional array of objects; absent is null, present is read as <see cref="RequiredObjectArray"/>.</summary>
    public IReadOnlyList<JsonFields>? OptionalObjectArray(string name, int minItems, int maxItems)
        => Has(name) ? RequiredObjectArray(name, minItems, maxItems) : null;
}
