using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Model;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Decides the C# type of every schema and defines the model types. Named component objects and
    /// string enums keep the component's name; inline objects and enums are named after where they sit
    /// (<c>Parent</c> + <c>Property</c>, the singular for array items, <c>Operation</c> + <c>Request</c>/<c>Response</c>).
    /// A name already taken by an identical inline schema is reused; a different schema gets the next
    /// numeric suffix, in document order (components first), so names are deterministic.
    /// </summary>
    /// <remarks>
    /// Type references are written <c>Models.X</c>: that resolves both in the Models namespace and in the
    /// Requests namespace next to it, which is why no type may be called <c>Models</c>.
    /// </remarks>
    internal sealed class ClrTypeMapper
    {
        public const string JsonElement = "global::System.Text.Json.JsonElement";
        private const string ModelPrefix = "Models.";

        private readonly SpecDocument document;
        private readonly SchemaResolver resolver;
        private readonly Dictionary<string, TypeModel> types = new Dictionary<string, TypeModel>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> identities = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> componentNames = new Dictionary<string, string>(System.StringComparer.Ordinal);
        // JsonNode has reference equality: this maps each inline schema object to the type defined for it.
        private readonly Dictionary<JsonObject, string> inlineNames = new Dictionary<JsonObject, string>();
        private readonly HashSet<string> componentEnums = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> taken = new HashSet<string>(System.StringComparer.Ordinal) { "Models" };

        public ClrTypeMapper(SpecDocument document, SchemaResolver resolver)
        {
            this.document = document;
            this.resolver = resolver;
        }

        public IEnumerable<TypeModel> Types => types.Values.OrderBy(t => t.Name, System.StringComparer.Ordinal);

        /// <summary>Registers every component schema that becomes a type (object or string enum), then defines them.</summary>
        public void AddComponents(System.Func<int, string, string> sectionOfTable)
        {
            var schemas = document.Root.Obj("components").Obj("schemas");
            if (schemas == null) return;
            // Two passes: names first, so a component may refer to one defined further down.
            foreach (var pair in schemas)
                if (pair.Value is JsonObject schema && IsNamedType(schema))
                {
                    var reference = "#/components/schemas/" + SpecDocument.Escape(pair.Key);
                    componentNames[reference] = Claim(Names.Pascal(pair.Key));
                    if (IsStringEnum(schema)) componentEnums.Add(reference);
                }
            foreach (var pair in schemas)
                if (componentNames.TryGetValue("#/components/schemas/" + SpecDocument.Escape(pair.Key), out var name))
                {
                    var schema = (JsonObject)pair.Value!;
                    Define(name, schema, sectionOfTable(schema.Int("x-doc-line"), schema.Str("x-doc-table")));
                }
        }

        /// <summary>The C# type for <paramref name="schema"/>; inline objects and enums are defined as <paramref name="suggestedName"/>.</summary>
        public string ClrType(JsonObject? schema, string suggestedName, string section)
        {
            if (schema == null) return JsonElement;
            var reference = schema.Str("$ref");
            if (reference.Length > 0)
            {
                if (componentNames.TryGetValue(reference, out var named))
                    return componentEnums.Contains(reference) ? "string" : ModelPrefix + named;
                var target = resolver.Target(schema);
                // A component that is not a type of its own (an array, a map, a primitive): its inline parts
                // are named after the component.
                return target == null ? JsonElement : ClrType(target, Names.Pascal(LastToken(reference)), section);
            }
            if (schema.Arr("allOf") is JsonArray allOf)
            {
                // `allOf: [{$ref: X}]` is how OpenAPI 3.0 puts a description on a reference: the type is X.
                if (allOf.Count == 1 && allOf[0] is JsonObject only && schema.Obj("properties") == null)
                    return ClrType(only, suggestedName, section);
                return ModelPrefix + DefineInline(suggestedName, schema, section);
            }
            if (IsStringEnum(schema))
            {
                DefineInline(suggestedName, schema, section);
                return "string";
            }
            switch (schema.Str("type"))
            {
                case "string": return "string";
                case "boolean": return "bool";
                case "integer": return schema.Str("format") == "int64" ? "long" : "int";
                case "number":
                    switch (schema.Str("format"))
                    {
                        case "float": return "float";
                        case "decimal": return "decimal";
                        default: return "double";
                    }
                case "array":
                    return "global::System.Collections.Generic.IReadOnlyList<" + ClrType(schema.Obj("items"), Names.Singular(suggestedName), section) + ">";
            }
            if (schema.Obj("properties") is JsonObject props && props.Count > 0)
                return ModelPrefix + DefineInline(suggestedName, schema, section);
            if (schema.Str("type") == "object" || schema.ContainsKey("additionalProperties"))
            {
                // A map: `additionalProperties: {schema}`; free-form otherwise.
                var valueType = schema.Obj("additionalProperties") is JsonObject values && values.Count > 0
                    ? ClrType(values, suggestedName + "Value", section)
                    : JsonElement;
                return "global::System.Collections.Generic.IReadOnlyDictionary<string, " + valueType + ">";
            }
            return JsonElement;
        }

        /// <summary>The schema a property or parameter really has: <c>$ref</c>s followed, a lone <c>allOf</c> unwrapped.</summary>
        public JsonObject? Effective(JsonObject? schema)
        {
            for (var depth = 0; schema != null && depth < 16; depth++)
            {
                if (schema.Str("$ref").Length > 0) { schema = resolver.Target(schema); continue; }
                if (schema.Arr("allOf") is JsonArray allOf && allOf.Count == 1 && allOf[0] is JsonObject only && schema.Obj("properties") == null)
                {
                    schema = only;
                    continue;
                }
                return schema;
            }
            return schema;
        }

        /// <summary>The name of the component enum or inline enum type <paramref name="schema"/> maps to, if any.</summary>
        public string EnumTypeName(JsonObject? schema, string suggestedName)
        {
            if (schema == null) return "";
            var reference = schema.Str("$ref");
            if (reference.Length > 0 && componentNames.TryGetValue(reference, out var named)) return componentEnums.Contains(reference) ? named : "";
            if (schema.Arr("allOf") is JsonArray allOf && allOf.Count == 1 && allOf[0] is JsonObject only) return EnumTypeName(only, suggestedName);
            return inlineNames.TryGetValue(schema, out var inline) && types.TryGetValue(inline, out var it) && it.IsEnum ? inline : "";
        }

        private static bool IsNamedType(JsonObject schema)
            => IsStringEnum(schema)
               || (schema.Obj("properties") is JsonObject props && props.Count > 0)
               || (schema.Arr("allOf") is JsonArray allOf && (allOf.Count > 1 || schema.Obj("properties") != null));

        private static bool IsStringEnum(JsonObject schema)
            => schema.Arr("enum") is JsonArray values && values.Count > 0 && schema.Str("type") == "string";

        private string DefineInline(string suggestedName, JsonObject schema, string section)
        {
            if (inlineNames.TryGetValue(schema, out var known)) return known;
            var identity = Json.Compact(schema);
            for (var i = 1; ; i++)
            {
                var candidate = i == 1 ? suggestedName : suggestedName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (identities.TryGetValue(candidate, out var existing) && existing == identity) return inlineNames[schema] = candidate;
                if (!taken.Add(candidate)) continue;
                identities[candidate] = identity;
                inlineNames[schema] = candidate;
                Define(candidate, schema, section);
                return candidate;
            }
        }

        private string Claim(string name)
        {
            var candidate = name;
            for (var i = 2; !taken.Add(candidate); i++) candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return candidate;
        }

        private void Define(string name, JsonObject schema, string section)
        {
            if (IsStringEnum(schema))
            {
                var values = schema.Arr("enum")!.Where(v => v != null).Select(v => v is JsonValue j ? Json.Scalar(j) : v!.ToJsonString()).ToList();
                var descriptions = schema.Obj("x-enum-descriptions");
                types[name] = new TypeModel(name, schema.Str("description"), schema.Str("x-doc-table"), section,
                    EquatableArray<PropertyModel>.Empty, values.ToEquatableArray(),
                    values.Select(v => descriptions.Str(v)).ToEquatableArray(), false);
                return;
            }
            // Registered before the properties are read: a property may refer back to this type.
            types[name] = new TypeModel(name, schema.Str("description"), schema.Str("x-doc-table"), section,
                EquatableArray<PropertyModel>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, false);

            var required = new HashSet<string>(System.StringComparer.Ordinal);
            var members = new List<KeyValuePair<string, JsonObject?>>();
            var open = false;
            Collect(schema, required, members, ref open, 0);

            var properties = new List<PropertyModel>();
            var used = new HashSet<string>(System.StringComparer.Ordinal) { name };
            foreach (var member in members)
            {
                var clrName = Names.Pascal(member.Key);
                while (!used.Add(clrName)) clrName += "Value";
                var propSchema = member.Value;
                var childName = name + Names.Pascal(member.Key);
                var clrType = ClrType(propSchema, childName, section);
                var effective = Effective(propSchema);
                var description = propSchema.Str("description");
                if (description.Length == 0) description = effective.Str("description");
                var nullable = propSchema.Bool("nullable") || effective.Bool("nullable");
                properties.Add(new PropertyModel(member.Key, clrName, clrType, required.Contains(member.Key), nullable, description,
                    SchemaNotes.Describe(effective, EnumTypeName(propSchema, childName)), DefaultOf(effective)));
            }
            types[name] = types[name] with { Properties = properties.ToEquatableArray(), HasAdditionalProperties = open };
        }

        /// <summary>Properties and required names of a schema and, for <c>allOf</c>, of every part (first definition wins).</summary>
        private void Collect(JsonObject schema, HashSet<string> required, List<KeyValuePair<string, JsonObject?>> members, ref bool open, int depth)
        {
            if (depth > 16) return;
            foreach (var part in (schema.Arr("allOf") ?? new JsonArray()).OfType<JsonObject>())
            {
                var target = part.Str("$ref").Length > 0 ? resolver.Target(part) : part;
                if (target != null) Collect(target, required, members, ref open, depth + 1);
            }
            foreach (var r in schema.Arr("required") ?? new JsonArray())
                if (r is JsonValue v) required.Add(Json.Scalar(v));
            foreach (var p in schema.Obj("properties") ?? new JsonObject())
                if (!members.Any(m => m.Key == p.Key)) members.Add(new KeyValuePair<string, JsonObject?>(p.Key, p.Value as JsonObject));
            if (schema.TryGetPropertyValue("additionalProperties", out var additional)
                && (additional is JsonObject || (additional is JsonValue b && b.TryGetValue<bool>(out var allowed) && allowed)))
                open = true;
        }

        public static string DefaultOf(JsonObject? schema)
            => schema != null && schema.TryGetPropertyValue("default", out var value) ? Json.Compact(value) : "";

        private static string LastToken(string reference)
        {
            var cut = reference.LastIndexOf('/');
            return (cut >= 0 ? reference.Substring(cut + 1) : reference).Replace("~1", "/").Replace("~0", "~");
        }
    }
}
