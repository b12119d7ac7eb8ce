using System.Linq;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Emit
{
    /// <summary>
    /// Emits one model type per file: a record per object table (System.Text.Json names, <c>required</c>
    /// for mandatory fields, nullable where the field is optional or the table allows null), or a class of
    /// wire-value constants per string enum. Enum-valued properties stay strings, so a value the table does
    /// not list still deserializes and can be reported instead of failing the read.
    /// </summary>
    internal static class ModelEmitter
    {
        private static readonly System.Text.RegularExpressions.Regex Sign = new System.Text.RegularExpressions.Regex(@"[+-](?=[0-9])");

        private const string Json = "global::System.Text.Json.Serialization.";

        public static string Emit(TypeUnit unit)
        {
            var w = new CodeWriter(Namespaces.Models(unit.ApiName));
            if (unit.Type.IsEnum) EmitEnum(w, unit);
            else EmitRecord(w, unit);
            return w.ToString();
        }

        private static void EmitRecord(CodeWriter w, TypeUnit unit)
        {
            var type = unit.Type;
            w.Summary(type.Description.Length > 0 ? type.Description : Provenance(unit));
            if (type.Description.Length > 0) w.Remarks(Provenance(unit));
            w.Open("public sealed partial record " + type.Name);
            foreach (var p in type.Properties)
            {
                w.Summary(p.Description);
                w.Remarks(p.Notes);
                w.Line("[" + Json + "JsonPropertyName(" + Names.Literal(p.JsonName) + ")]");
                if (p.DefaultJson.Length > 0 && DefaultLiteral(p) is string literal)
                    w.Line("[global::System.ComponentModel.DefaultValue(" + literal + ")]");
                if (p.Required)
                    w.Line("public required " + p.ClrType + (p.Nullable ? "?" : "") + " " + p.ClrName + " { get; init; }");
                else
                {
                    w.Line("[" + Json + "JsonIgnore(Condition = " + Json + "JsonIgnoreCondition.WhenWritingNull)]");
                    w.Line("public " + p.ClrType + "? " + p.ClrName + " { get; init; }");
                }
                w.Line();
            }
            if (type.HasAdditionalProperties)
            {
                w.Summary("Fields the table does not list (it allows others).");
                w.Line("[" + Json + "JsonExtensionData]");
                w.Line("public global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? AdditionalProperties { get; set; }");
                w.Line();
            }
            w.Close();
        }

        private static void EmitEnum(CodeWriter w, TypeUnit unit)
        {
            var type = unit.Type;
            w.Summary((type.Description.Length > 0 ? type.Description + "\n" : "") + "Wire values, kept as the document writes them.");
            w.Remarks(Provenance(unit));
            w.Open("public static partial class " + type.Name);
            // Distinct wire values can share a C# name ("UTC-12:00", "UTC+12:00"): suffix in document order.
            var used = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal) { type.Name, "All", "IsDefined" };
            for (var i = 0; i < type.EnumValues.Count; i++)
            {
                var value = type.EnumValues[i];
                // A sign before a digit is spoken ("UTC+08:00" → UTCPlus0800), other punctuation dropped ("en-us" → EnUs).
                var name = Names.Pascal(Sign.Replace(value, m => m.Value[0] == '+' ? " Plus " : " Minus "));
                for (var n = 2; !used.Add(name); n++) name = Names.Pascal(value) + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                w.Summary(i < type.EnumDescriptions.Count ? type.EnumDescriptions[i] : "");
                w.Line("public const string " + name + " = " + Names.Literal(value) + ";");
            }
            w.Line();
            w.Summary("Every allowed value, in the table's order.");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = new string[] { "
                   + string.Join(", ", type.EnumValues.Select(Names.Literal)) + " };");
            w.Line();
            w.SummaryXml("Whether the table allows <paramref name=\"value\"/> (ordinal comparison).");
            w.Line("public static bool IsDefined(string? value) => value is not null && global::System.Linq.Enumerable.Contains(All, value);");
            w.Close();
        }

        private static string Provenance(TypeUnit unit)
        {
            var type = unit.Type;
            var parts = new[]
            {
                type.DocTable,
                type.Section.Length > 0 ? "section " + type.Section : "",
                unit.DocSource,
            }.Where(p => p.Length > 0).ToList();
            return parts.Count == 0 ? "" : "From " + string.Join(", ", parts) + ".";
        }

        /// <summary>A C# constant for <c>[DefaultValue]</c>, or null when the default is not a simple constant.</summary>
        private static string? DefaultLiteral(PropertyModel p)
        {
            var json = p.DefaultJson;
            if (json == "true" || json == "false") return json;
            if (json.StartsWith("\"", System.StringComparison.Ordinal))
                return Names.Literal(System.Text.Json.Nodes.JsonNode.Parse(json)!.GetValue<string>());
            if (!double.TryParse(json, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)) return null;
            var integral = json.IndexOfAny(new[] { '.', 'e', 'E' }) < 0;
            switch (p.ClrType)
            {
                case "int": return integral ? json : null;
                case "long": return integral ? json + "L" : null;
                case "double": return integral ? json + ".0" : json;
                case "float": return json + "f";
                case "decimal": return "typeof(decimal), " + Names.Literal(json); // decimal is not an attribute argument type
                default: return Names.Literal(json); // a number the table writes as a string
            }
        }
    }

    internal static class Namespaces
    {
        public static string Root(string apiName) => "DdmConformance.Api." + apiName;

        public static string Models(string apiName) => Root(apiName) + ".Models";

        public static string Requests(string apiName) => Root(apiName) + ".Requests";
    }
}
