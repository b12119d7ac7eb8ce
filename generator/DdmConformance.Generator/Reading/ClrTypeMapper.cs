using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Decides the C# type of every schema: named component objects and enums become types, inline
    /// objects become types named after where they sit (<c>Parent</c> + <c>Property</c>), primitives
    /// map to C# keywords. Names are unique: a collision gets a numeric suffix in document order.
    /// </summary>
    internal sealed class ClrTypeMapper
    {
        private readonly SpecDocument document;
        private readonly SchemaResolver resolver;
        private readonly Dictionary<string, TypeModel> types = new Dictionary<string, TypeModel>();
        private readonly Dictionary<string, string> componentNames = new Dictionary<string, string>();

        public ClrTypeMapper(SpecDocument document, SchemaResolver resolver)
        {
            this.document = document;
            this.resolver = resolver;
        }

        public IEnumerable<TypeModel> Types => types.Values.OrderBy(t => t.Name, System.StringComparer.Ordinal);

        /// <summary>Registers every component schema that is an object or an enum.</summary>
        public void AddComponents()
        {
            var schemas = document.Root.Obj("components").Obj("schemas");
            if (schemas == null) return;
            // Two passes: names first, so a component may refer to one defined further down.
            foreach (var pair in schemas)
                if (pair.Value is JsonObject schema && IsNamedType(schema))
                    componentNames["#/components/schemas/" + SpecDocument.Escape(pair.Key)] = Unique(Names.Pascal(pair.Key));
            foreach (var pair in schemas)
                if (componentNames.TryGetValue("#/components/schemas/" + SpecDocument.Escape(pair.Key), out var name))
                    Define(name, (JsonObject)pair.Value!);
        }

        /// <summary>The C# type for <paramref name="schema"/>; inline objects are defined as <paramref name="suggestedName"/>.</summary>
        public string ClrType(JsonObject? schema, string suggestedName)
        {
            if (schema == null) return "global::System.Text.Json.JsonElement";
            var reference = schema.Str("$ref");
            if (reference.Length > 0)
            {
                // String enums are emitted as wire-value constants, so properties of that type stay strings.
                if (componentNames.TryGetValue(reference, out var named))
                    return resolver.Target(schema) is JsonObject t && t.Arr("enum") != null && t.Str("type") == "string" ? "string" : named;
                var target = resolver.Target(schema);
                return target == null ? "global::System.Text.Json.JsonElement" : ClrType(target, suggestedName);
            }
            if (schema.Arr("enum") != null && schema.Str("type") == "string") return "string";
            var type = schema.Str("type");
            // `allOf: [{$ref: X}]` is how OpenAPI 3.0 puts a description on a reference: the type is X.
            if (type.Length == 0 && schema.Obj("properties") == null && schema.Arr("allOf") is JsonArray allOf
                && allOf.Count == 1 && allOf[0] is JsonObject only)
                return ClrType(only, suggestedName);
            switch (type)
            {
                case "string": return "string";
                case "boolean": return "bool";
                case "integer": return schema.Str("format") == "int64" ? "long" : "int";
                case "number": return "double";
                case "array":
                    return "global::System.Collections.Generic.IReadOnlyList<" + ClrType(schema.Obj("items"), suggestedName + "Item") + ">";
            }
            if (schema.Obj("properties") is JsonObject props && props.Count > 0)
            {
                var name = Unique(suggestedName);
                Define(name, schema);
                return name;
            }
            return "global::System.Text.Json.JsonElement";
        }

        private static bool IsNamedType(JsonObject schema)
            => (schema.Str("type") == "string" && schema.Arr("enum") != null)
               || (schema.Obj("properties") is JsonObject props && props.Count > 0);

        private void Define(string name, JsonObject schema)
        {
            var enumValues = schema.Arr("enum");
            if (schema.Str("type") == "string" && enumValues != null)
            {
                types[name] = new TypeModel(name, schema.Str("description"), schema.Str("x-doc-table"),
                    EquatableArray<PropertyModel>.Empty,
                    enumValues.Where(v => v != null).Select(v => v is JsonValue j ? Json.Scalar(j) : v!.ToJsonString()).ToEquatableArray());
                return;
            }
            types[name] = new TypeModel(name, schema.Str("description"), schema.Str("x-doc-table"), EquatableArray<PropertyModel>.Empty, EquatableArray<string>.Empty);
            var required = new HashSet<string>((schema.Arr("required") ?? new JsonArray()).Select(r => r is JsonValue v ? Json.Scalar(v) : ""));
            var properties = new List<PropertyModel>();
            var used = new HashSet<string> { name };
            foreach (var p in schema.Obj("properties") ?? new JsonObject())
            {
                var clrName = Names.Pascal(p.Key);
                while (!used.Add(clrName)) clrName += "Value";
                var propSchema = p.Value as JsonObject;
                var clrType = ClrType(propSchema, name + Names.Pascal(p.Key));
                var description = propSchema.Str("description");
                if (description.Length == 0 && propSchema != null && resolver.Target(propSchema) is JsonObject t) description = t.Str("description");
                properties.Add(new PropertyModel(p.Key, clrName, clrType, required.Contains(p.Key), description));
            }
            types[name] = types[name] with { Properties = properties.ToEquatableArray() };
        }

        private readonly HashSet<string> taken = new HashSet<string>();

        private string Unique(string name)
        {
            var candidate = name;
            for (var i = 2; !taken.Add(candidate); i++) candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }
    }
}
