using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Converts a YAML spec to a JSON tree, typing plain scalars by the YAML 1.2 core schema
    /// (YamlDotNet would read every scalar as a string) and remembering each node's line.
    /// </summary>
    internal static class YamlToJson
    {
        private static readonly Regex Integer = new Regex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
        private static readonly Regex Float = new Regex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

        /// <exception cref="SpecSyntaxException">the text is not valid YAML or is not a mapping.</exception>
        public static SpecDocument Read(string path, string text)
        {
            var stream = new YamlStream();
            var scanner = new Scanner(new StringReader(text));
            try
            {
                stream.Load(new Parser(scanner));
            }
            catch (YamlException e)
            {
                // Some errors carry the empty mark (a tab used as indentation): the scanner knows where it stopped.
                var line = e.Start.Index > 0 ? e.Start.Line : scanner.CurrentPosition.Line;
                throw new SpecSyntaxException((int)line, Clean(e));
            }
            catch (System.InvalidOperationException e)
            {
                // YamlDotNet's scanner fails this way, not with a YamlException, on an unclosed flow collection;
                // letting it escape would crash the generator and drop the output of every spec.
                throw new SpecSyntaxException((int)scanner.CurrentPosition.Line,
                    "malformed YAML: the reader stopped here (" + e.Message + "); look above for an unclosed '[', '{' or quote");
            }
            if (stream.Documents.Count == 0 || !(stream.Documents[0].RootNode is YamlMappingNode rootMap))
                throw new SpecSyntaxException(1, "the file is not a YAML mapping (an OpenAPI document)");

            var lines = new Dictionary<string, int>();
            var root = (JsonObject)Convert(rootMap, "", lines)!;
            return new SpecDocument(path, root, lines);
        }

        private static string Clean(YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (…): "; the line is reported separately.
            var cut = message.LastIndexOf("): ", System.StringComparison.Ordinal);
            return cut >= 0 ? message.Substring(cut + 3) : message;
        }

        private static JsonNode? Convert(YamlNode node, string pointer, Dictionary<string, int> lines)
        {
            lines[pointer] = (int)node.Start.Line;
            switch (node)
            {
                case YamlMappingNode map:
                    var obj = new JsonObject();
                    foreach (var pair in map.Children)
                    {
                        var key = ((YamlScalarNode)pair.Key).Value ?? "";
                        if (obj.ContainsKey(key))
                            throw new SpecSyntaxException((int)pair.Key.Start.Line, $"duplicate key '{key}'");
                        var childPointer = pointer + "/" + SpecDocument.Escape(key);
                        obj[key] = Convert(pair.Value, childPointer, lines);
                        // A member is located at its key (`get:`, `bad-example:`), not at the first line of its
                        // value, which for a block mapping is the line below.
                        lines[childPointer] = (int)pair.Key.Start.Line;
                    }
                    return obj;
                case YamlSequenceNode seq:
                    var array = new JsonArray();
                    var i = 0;
                    foreach (var child in seq.Children)
                        array.Add(Convert(child, pointer + "/" + (i++).ToString(CultureInfo.InvariantCulture), lines));
                    return array;
                case YamlScalarNode scalar:
                    return Scalar(scalar);
                default:
                    throw new SpecSyntaxException((int)node.Start.Line, "unsupported YAML node (aliases are not used in specs)");
            }
        }

        private static JsonNode? Scalar(YamlScalarNode scalar)
        {
            var value = scalar.Value ?? "";
            if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(value);
            switch (value)
            {
                case "": case "~": case "null": case "Null": case "NULL": return null;
                case "true": case "True": case "TRUE": return JsonValue.Create(true);
                case "false": case "False": case "FALSE": return JsonValue.Create(false);
            }
            if (Integer.IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                return JsonValue.Create(l);
            if (Float.IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                return JsonValue.Create(d);
            return JsonValue.Create(value);
        }
    }

    /// <summary>A spec file that is not readable YAML; carries the 1-based line.</summary>
    internal sealed class SpecSyntaxException : System.Exception
    {
        public SpecSyntaxException(int line, string message) : base(message) => Line = line;

        public int Line { get; }
    }
}
