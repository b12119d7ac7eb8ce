using System.Collections.Generic;
using System.Linq;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// A URI as the document prints it in a request line or a permission row
    /// (<c>GET https://{endpoint}/v1/{project_id}/instances?offset={offset}&amp;limit={limit}</c>):
    /// method, path and query names. Whitespace inside the URI (a PDF line break) is dropped.
    /// </summary>
    internal sealed class UriTemplate
    {
        private UriTemplate(string method, string path, IReadOnlyList<string> queryNames)
        {
            Method = method;
            Path = path;
            QueryNames = queryNames;
        }

        /// <summary>The method as printed, or empty when the line has none.</summary>
        public string Method { get; }

        public string Path { get; }

        public IReadOnlyList<string> QueryNames { get; }

        public static UriTemplate Parse(string line)
        {
            var text = line.Trim();
            var method = "";
            var space = text.IndexOfAny(new[] { ' ', '\t' });
            if (space > 0 && text.Substring(0, space).All(char.IsLetter))
            {
                method = text.Substring(0, space);
                text = text.Substring(space + 1);
            }
            text = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
            var scheme = text.IndexOf("://", System.StringComparison.Ordinal);
            if (scheme >= 0)
            {
                var slash = text.IndexOf('/', scheme + 3);
                text = slash < 0 ? "/" : text.Substring(slash);
            }
            var query = "";
            var mark = text.IndexOf('?');
            if (mark >= 0)
            {
                query = text.Substring(mark + 1);
                text = text.Substring(0, mark);
            }
            if (!text.StartsWith("/", System.StringComparison.Ordinal)) text = "/" + text;
            var names = query.Split('&')
                .Select(pair => pair.Split('=')[0])
                .Where(name => name.Length > 0)
                .ToList();
            return new UriTemplate(method, text, names);
        }

        /// <summary>
        /// Compares a printed path with an operation's template. A placeholder matches a concrete value;
        /// a placeholder with another name, or the placeholder's name printed without braces, still
        /// matches but is returned as a note. Null when the paths differ.
        /// </summary>
        public static List<string>? Match(string template, string printed)
        {
            var expected = Split(template);
            var actual = Split(printed);
            if (expected.Count != actual.Count) return null;
            var notes = new List<string>();
            for (var i = 0; i < expected.Count; i++)
            {
                var placeholder = PathTreeBuilder.PlaceholderName(expected[i]);
                if (placeholder.Length == 0)
                {
                    if (expected[i] != actual[i]) return null;
                    continue;
                }
                if (actual[i].Length == 0) return null;
                var printedPlaceholder = PathTreeBuilder.PlaceholderName(actual[i]);
                if (printedPlaceholder.Length > 0 && printedPlaceholder != placeholder)
                    notes.Add($"writes {{{printedPlaceholder}}} where the operation has {{{placeholder}}}");
                else if (actual[i] == placeholder)
                    notes.Add($"prints {placeholder} without braces, as a literal segment");
            }
            return notes;
        }

        /// <summary>True when some concrete path matches both templates.</summary>
        public static bool Overlap(string a, string b)
        {
            var x = Split(a);
            var y = Split(b);
            if (x.Count != y.Count) return false;
            for (var i = 0; i < x.Count; i++)
                if (x[i] != y[i] && PathTreeBuilder.PlaceholderName(x[i]).Length == 0 && PathTreeBuilder.PlaceholderName(y[i]).Length == 0)
                    return false;
            return true;
        }

        private static List<string> Split(string path)
        {
            var trimmed = path.Trim('/');
            return trimmed.Length == 0 ? new List<string>() : trimmed.Split('/').ToList();
        }
    }
}
