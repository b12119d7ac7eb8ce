using System.Text.Json;

namespace DdmConformance.ReferenceTarget.Validation;

/// <summary>Booleans, arrays and maps: the table types of the v3 operations (4.2.11, 4.2.19, 4.2.24 and later).</summary>
internal readonly partial struct JsonFields
{
    public bool RequiredBoolean(string name)
        => OptionalBoolean(name) ?? throw Invalid($"{PathOf(name)} is mandatory");

    /// <summary>A JSON boolean; the strings "true"/"false" are not booleans.</summary>
    public bool? OptionalBoolean(string name)
    {
        if (!obj.TryGetProperty(name, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(name, "a boolean", value),
        };
    }

    public IReadOnlyList<string>? OptionalStringArray(string name)
        => Has(name) ? RequiredStringArray(name) : null;

    /// <summary>An array of objects (each item read with the same rules), with a documented size range.</summary>
    public IReadOnlyList<JsonFields> RequiredObjectArray(string name, int minItems, int maxItems)
    {
        if (!obj.TryGetProperty(name, out var value))
            throw Invalid($"{PathOf(name)} is mandatory");
        if (value.ValueKind != JsonValueKind.Array)
            throw WrongType(name, "an array of objects", value);
        var items = new List<JsonFields>();
        foreach (var item in value.EnumerateArray())
        {
            var at = $"{PathOf(name)}[{items.Count}]";
            if (item.ValueKind != JsonValueKind.Object)
                throw Invalid($"{at} must be an object, not {Describe(item.ValueKind)}");
            items.Add(new JsonFields(item, at));
        }
        if (items.Count < minItems || items.Count > maxItems)
            throw Invalid($"{PathOf(name)} must have {minItems} to {maxItems} items, not {items.Count}");
        return items;
    }

    /// <summary>A <c>Map&lt;String, Integer&gt;</c> (Table 4-69): an object whose values are all int32.</summary>
    public IReadOnlyDictionary<string, int> RequiredInt32Map(string name)
    {
        var map = RequiredObject(name);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var property in map.obj.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var number))
                throw Invalid($"{map.PathOf(property.Name)} must be an integer (int32), not {Describe(property.Value.ValueKind)}");
            result[property.Name] = number;
        }
        return result;
    }
}
