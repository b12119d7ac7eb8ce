using System.Globalization;
using System.Linq;
using System.Text;

namespace DdmConformance.Generator.Reading
{
    /// <summary>Turns wire names (snake_case, camelCase, kebab-case, file names) into C# identifiers.</summary>
    internal static class Names
    {
        public static string Pascal(string wire)
        {
            var sb = new StringBuilder();
            var upper = true;
            foreach (var c in wire)
            {
                if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
                sb.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            if (sb.Length == 0) return "Value";
            if (char.IsDigit(sb[0])) sb.Insert(0, '_');
            return sb.ToString();
        }

        public static string Camel(string wire)
        {
            var p = Pascal(wire);
            var camel = char.ToLowerInvariant(p[0]) + p.Substring(1);
            return Keywords.Contains(camel) ? "@" + camel : camel;
        }

        /// <summary>
        /// The name of one element of a collection called <paramref name="plural"/> (<c>WidgetNodes</c> →
        /// <c>WidgetNode</c>, <c>Policies</c> → <c>Policy</c>); <c>Item</c> is appended when there is no plural to undo.
        /// </summary>
        public static string Singular(string plural)
        {
            if (plural.EndsWith("ies", System.StringComparison.Ordinal) && plural.Length > 4) return plural.Substring(0, plural.Length - 3) + "y";
            if ((plural.EndsWith("sses", System.StringComparison.Ordinal) || plural.EndsWith("xes", System.StringComparison.Ordinal)) && plural.Length > 4)
                return plural.Substring(0, plural.Length - 2);
            if (plural.EndsWith("s", System.StringComparison.Ordinal) && !plural.EndsWith("ss", System.StringComparison.Ordinal)
                && !plural.EndsWith("us", System.StringComparison.Ordinal) && plural.Length > 2)
                return plural.Substring(0, plural.Length - 1);
            return plural + "Item";
        }

        /// <summary><c>ddm.openapi.yaml</c> → <c>Ddm</c>; <c>dms-register-user.openapi.yaml</c> → <c>DmsRegisterUser</c>.</summary>
        public static string ApiName(string fileName)
        {
            var name = System.IO.Path.GetFileName(fileName);
            var cut = name.IndexOf(".openapi", System.StringComparison.OrdinalIgnoreCase);
            return Pascal(cut > 0 ? name.Substring(0, cut) : System.IO.Path.GetFileNameWithoutExtension(name));
        }

        /// <summary>A C# string literal (verbatim-safe, invariant).</summary>
        public static string Literal(string? value)
        {
            if (value == null) return "null";
            var sb = new StringBuilder("\"");
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < 32) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }

        private static readonly string[] Keywords =
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
            "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
            "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
            "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
            "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
            "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        public static bool IsKeyword(string s) => Keywords.Contains(s);
    }
}
