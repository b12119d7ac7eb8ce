using System.Collections.Concurrent;
using DdmConformance.Engine.Results;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Infrastructure;

namespace DdmConformance.Engine.Checks;

/// <summary>Validates a body against its documented schema with NJsonSchema (OpenAPI 3 dialect, so <c>nullable</c> counts).</summary>
public static class SchemaCheck
{
    public const string Name = "schema";

    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Cache = new();

    public static CheckResult Check(string schemaJson, string? body, string what)
    {
        if (string.IsNullOrWhiteSpace(schemaJson) || schemaJson == "{}")
            return new CheckResult(Name, true, $"{what} as documented (no schema given)", "not checked");
        if (string.IsNullOrWhiteSpace(body))
            return new CheckResult(Name, false, $"{what} conforming to the documented schema", "empty body");
        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            errors = Load(schemaJson).Validate(body);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return new CheckResult(Name, false, $"{what} as JSON conforming to the documented schema", "not JSON: " + FirstLine(e.Message));
        }
        if (errors.Count == 0) return new CheckResult(Name, true, $"{what} conforming to the documented schema", "conforms");
        var described = Flatten(errors).Take(10).Select(Describe).ToList();
        return new CheckResult(Name, false, $"{what} conforming to the documented schema", string.Join("; ", described));
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors)
    {
        foreach (var e in errors)
        {
            if (e is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(x => x.Value))) yield return inner;
            }
            else yield return e;
        }
    }

    private static string Describe(NJsonSchema.Validation.ValidationError e)
    {
        var path = string.IsNullOrEmpty(e.Path) ? "#" : e.Path;
        return $"{path}: {e.Kind}";
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    private static JsonSchema Load(string schemaJson)
        => Cache.GetOrAdd(schemaJson, json => new Lazy<JsonSchema>(() =>
        {
            var factory = JsonReferenceResolver.CreateJsonReferenceResolverFactory(new DefaultTypeNameGenerator());
            return JsonSchemaSerialization.FromJsonAsync(json, SchemaType.OpenApi3, null, factory, new Newtonsoft.Json.Serialization.DefaultContractResolver())
                .GetAwaiter().GetResult();
        })).Value;
}
