using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DdmConformance.Generator.Reading
{
    /// <summary>
    /// Converts a YAML spec to a JSON tree, typing plain scalars by the YAML 1.2 core schema
    /// (YamlDotNet would read every scalar as a string) and remembering each node's line. Reads the
    /// parser's events directly: building YamlDotNet's representation model first cost a third of the lint.
    /// </summary>
    internal static class YamlToJson
    {
        /// <exception cref="SpecSyntaxException">the text is not valid YAML or is not a mapping.</exception>
        public static SpecDocument Read(string path, string text)
        {
            var scanner = new Scanner(new StringReader(text));
            var parser = new Parser(scanner);
            var lines = new Dictionary<string, int>(System.StringComparer.Ordinal);
            JsonObject root;
            try
            {
                parser.Consume<StreamStart>();
                if (!parser.TryConsume<DocumentStart>(out _) || !(parser.Current is MappingStart))
                    throw new SpecSyntaxException(1, "the file is not a YAML mapping (an OpenAPI document)");
                root = (JsonObject)ReadNode(parser, "", lines)!;
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
            return new SpecDocument(path, root, lines);
        }

        private static string Clean(YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (…): "; the line is reported separately.
            var cut = message.LastIndexOf("): ", System.StringComparison.Ordinal);
            return cut >= 0 ? message.Substring(cut + 3) : message;
        }

        private static JsonNode? ReadNode(IParser parser, string pointer, Dictionary<string, int> lines)
        {
            var start = parser.Current!;
            lines[pointer] = (int)start.Start.Line;
            switch (start)
            {
                case MappingStart _:
                    parser.MoveNext();
                    var obj = new JsonObject();
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        if (!(parser.Current is Scalar keyEvent))
                            throw new SpecSyntaxException((int)parser.Current!.Start.Line, "a mapping key that is not a plain name (a '?' complex key)");
                        parser.MoveNext();
                        var key = keyEvent.Value;
                        if (obj.ContainsKey(key))
                            throw new SpecSyntaxException((int)keyEvent.Start.Line, "Duplicate key " + key);
                        var childPointer = pointer + "/" + SpecDocument.Escape(key);
                        obj[key] = ReadNode(parser, childPointer, lines);
                        // A member is located at its key (`get:`, `bad-example:`), not at the first line of its
                        // value, which for a block mapping is the line below.
                        lines[childPointer] = (int)keyEvent.Start.Line;
                    }
                    return obj;
                case SequenceStart _:
                    parser.MoveNext();
                    var array = new JsonArray();
                    var i = 0;
                    while (!parser.TryConsume<SequenceEnd>(out _))
                        array.Add(ReadNode(parser, pointer + "/" + (i++).ToString(CultureInfo.InvariantCulture), lines));
                    return array;
                case Scalar scalar:
                    parser.MoveNext();
                    return Typed(scalar);
                default:
                    throw new SpecSyntaxException((int)start.Start.Line, "unsupported YAML node (aliases are not used in specs)");
            }
        }

        private static JsonNode? Typed(Scalar scalar)
        {
            var value = scalar.Value;
            if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(value);
            switch (value)
            {
                case "": case "~": case "null": case "Null": case "NULL": return null;
                case "true": case "True": case "TRUE": return JsonValue.Create(true);
                case "false": case "False": case "FALSE": return JsonValue.Create(false);
            }
            if (LooksNumeric(value))
            {
                if (IsInteger(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                    return JsonValue.Create(l);
                if (IsFloat(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                    return JsonValue.Create(d);
            }
            return JsonValue.Create(value);
        }

        // YAML 1.2 core schema: int [-+]?[0-9]+, float [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        private static bool LooksNumeric(string s) => s.Length > 0 && (char.IsDigit(s[0]) || s[0] == '-' || s[0] == '+' || s[0] == '.');

        private static bool IsInteger(string s)
        {
            var i = s[0] == '-' || s[0] == '+' ? 1 : 0;
            if (i == s.Length) return false;
            for (; i < s.Length; i++) if (s[i] < '0' || s[i] > '9') return false;
            return true;
        }

        private static bool IsFloat(string s)
        {
            var i = s[0] == '-' || s[0] == '+' ? 1 : 0;
            var digits = Digits(s, ref i);
            if (i < s.Length && s[i] == '.')
            {
                i++;
                var fraction = Digits(s, ref i);
                if (digits == 0 && fraction == 0) return false;
            }
            else if (digits == 0) return false;
            if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
            {
                i++;
                if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
                if (Digits(s, ref i) == 0) return false;
            }
            return i == s.Length;
        }

        private static int Digits(string s, ref int i)
        {
            var start = i;
            while (i < s.Length && s[i] >= '0' && s[i] <= '9') i++;
            return i - start;
        }
    }

    /// <summary>A spec file that is not readable YAML; carries the 1-based line.</summary>
    internal sealed class SpecSyntaxException : System.Exception
    {
        public SpecSyntaxException(int line, string message) : base(message) => Line = line;

        public int Line { get; }
    }
}
