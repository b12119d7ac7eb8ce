using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// A spec file as a JSON tree, plus the YAML line of every node (keyed by JSON pointer), so that
    /// every finding can point at the line a person has to edit.
    /// </summary>
    internal sealed class SpecDocument
    {
        public SpecDocument(string path, JsonObject root, Dictionary<string, int> lines)
        {
            Path = path;
            Root = root;
            this.lines = lines;
        }

        private readonly Dictionary<string, int> lines;

        public string Path { get; }

        public JsonObject Root { get; }

        /// <summary>1-based line of the node at <paramref name="pointer"/>, or of its nearest ancestor.</summary>
        public int LineOf(string pointer)
        {
            var p = pointer;
            while (true)
            {
                if (lines.TryGetValue(p, out var line)) return line;
                var cut = p.LastIndexOf('/');
                if (cut <= 0) return 1;
                p = p.Substring(0, cut);
            }
        }

        public static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");

        /// <summary>Resolves a local JSON pointer such as <c>#/components/schemas/X</c>; null when absent.</summary>
        public JsonNode? Resolve(string reference)
        {
            if (!reference.StartsWith("#/", System.StringComparison.Ordinal)) return null;
            JsonNode? node = Root;
            foreach (var raw in reference.Substring(2).Split('/'))
            {
                var token = raw.Replace("~1", "/").Replace("~0", "~");
                if (node is JsonObject obj && obj.TryGetPropertyValue(token, out var next)) node = next;
                else return null;
            }
            return node;
        }
    }
}
