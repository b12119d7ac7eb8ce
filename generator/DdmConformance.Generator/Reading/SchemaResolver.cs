using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Produces self-contained schemas (every local <c>$ref</c> inlined) so the catalog can hand the
    /// engine one JSON Schema per body. A reference to nothing becomes <c>{}</c> (anything goes); DDM0003
    /// reports it where it is written.
    /// </summary>
    internal sealed class SchemaResolver
    {
        private static readonly HashSet<string> KeptExtensions = new HashSet<string>(System.StringComparer.Ordinal) { "x-error-code", "x-numeric-range", "x-resource", "x-unique", "x-fixture", "x-persists", "x-reads-as" };

        private readonly SpecDocument document;

        public SchemaResolver(SpecDocument document) => this.document = document;

        /// <summary>The schema at <paramref name="pointer"/> with references inlined; null for no schema.</summary>
        public JsonNode? Inline(JsonNode? schema, string pointer)
            => schema == null ? null : Inline(schema, pointer, new Stack<string>());

        /// <summary>Follows <c>$ref</c> chains to the schema they name (null when broken).</summary>
        public JsonObject? Target(JsonObject schema)
        {
            var seen = new HashSet<string>();
            var current = schema;
            while (current != null && current.Str("$ref") is var r && r.Length > 0)
            {
                if (!seen.Add(r)) return null;
                current = document.Resolve(r) as JsonObject;
            }
            return current;
        }

        private JsonNode? Inline(JsonNode node, string pointer, Stack<string> refs)
        {
            if (node is JsonObject obj)
            {
                var reference = obj.Str("$ref");
                if (reference.Length > 0)
                {
                    var target = document.Resolve(reference);
                    if (target == null) return new JsonObject(); // anything goes: DDM0003 says why
                    if (refs.Contains(reference)) return new JsonObject(); // recursive type: stop inlining
                    refs.Push(reference);
                    var inlined = Inline(target, pointer, refs);
                    refs.Pop();
                    return inlined;
                }
                var copy = new JsonObject();
                foreach (var pair in obj)
                {
                    // Extensions are documentation, except the ones checks read: x-error-code (the code the document gives
                    // for a bad value here; the engine uses it), x-numeric-range (the range of a number written as a string),
                    // x-resource (the path parameter whose resource a body field names, for fields named otherwise),
                    // x-unique (a value that identifies what the request creates: a second request needs another) and
                    // x-fixture (the fixture a body field or parameter takes: something of the vendor's that the API cannot create).
                    if ((pair.Key.StartsWith("x-", System.StringComparison.Ordinal) && !KeptExtensions.Contains(pair.Key)) || pair.Key == "example" || pair.Key == "examples")
                        continue;
                    var childPointer = pointer + "/" + SpecDocument.Escape(pair.Key);
                    copy[pair.Key] = pair.Value == null ? null
                        : IsSchemaContainer(pair.Key) ? InlineContainer(pair.Key, pair.Value, childPointer, refs)
                        : pair.Value.DeepClone();
                }
                return copy;
            }
            return node.DeepClone();
        }

        private static bool IsSchemaContainer(string key)
            => key == "properties" || key == "items" || key == "additionalProperties" || key == "allOf"
               || key == "oneOf" || key == "anyOf" || key == "not";

        private JsonNode? InlineContainer(string key, JsonNode value, string pointer, Stack<string> refs)
        {
            switch (key)
            {
                case "properties":
                    var props = new JsonObject();
                    if (value is JsonObject map)
                        foreach (var p in map)
                            props[p.Key] = p.Value == null ? null : Inline(p.Value, pointer + "/" + SpecDocument.Escape(p.Key), refs);
                    return props;
                case "allOf":
                case "oneOf":
                case "anyOf":
                    var list = new JsonArray();
                    if (value is JsonArray items)
                        for (var i = 0; i < items.Count; i++)
                            list.Add(items[i] == null ? null : Inline(items[i]!, pointer + "/" + i, refs));
                    return list;
                default:
                    return value is JsonObject ? Inline(value, pointer, refs) : value.DeepClone();
            }
        }
    }
}
