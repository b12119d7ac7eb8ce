using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Emit
{
    /// <summary>Emits one record per object schema and one wire-value class per string enum.</summary>
    internal static class ModelEmitter
    {
        public static string Emit(SpecModel spec)
        {
            var w = new CodeWriter(Namespaces.Models(spec));
            foreach (var type in spec.Types)
            {
                if (type.EnumValues.Count > 0) EmitEnum(w, spec, type);
                else EmitRecord(w, spec, type);
                w.Line();
            }
            return w.ToString();
        }

        private static void EmitRecord(CodeWriter w, SpecModel spec, TypeModel type)
        {
            w.Summary(Describe(type.Description, type.DocTable, spec));
            w.Open("public sealed partial record " + type.Name);
            foreach (var p in type.Properties)
            {
                w.Summary(p.Description);
                w.Line("[global::System.Text.Json.Serialization.JsonPropertyName(" + Names.Literal(p.JsonName) + ")]");
                if (p.Required)
                    w.Line("public required " + p.ClrType + " " + p.ClrName + " { get; init; }");
                else
                {
                    w.Line("[global::System.Text.Json.Serialization.JsonIgnore(Condition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]");
                    w.Line("public " + p.ClrType + "? " + p.ClrName + " { get; init; }");
                }
                w.Line();
            }
            w.Close();
        }

        private static void EmitEnum(CodeWriter w, SpecModel spec, TypeModel type)
        {
            w.Summary(Describe(type.Description, type.DocTable, spec) + "\nWire values, kept as the document writes them.");
            w.Open("public static partial class " + type.Name);
            // Distinct wire values can share a C# name ("UTC-12:00", "UTC+12:00"): suffix in document order.
            var used = new System.Collections.Generic.HashSet<string> { type.Name, "All" };
            foreach (var value in type.EnumValues)
            {
                var name = Names.Pascal(value.Replace("+", " Plus ").Replace("-", " Minus "));
                for (var i = 2; !used.Add(name); i++) name = Names.Pascal(value) + "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                w.Line("public const string " + name + " = " + Names.Literal(value) + ";");
            }
            w.Line();
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = new string[] { "
                   + string.Join(", ", System.Linq.Enumerable.Select(type.EnumValues, Names.Literal)) + " };");
            w.Close();
        }

        private static string Describe(string description, string table, SpecModel spec)
            => description + (table.Length > 0 ? "\n(" + table + ", " + spec.DocSource + ")" : "");
    }

    internal static class Namespaces
    {
        public static string Root(SpecModel spec) => "DdmConformance.Api." + spec.ApiName;

        public static string Models(SpecModel spec) => Root(spec) + ".Models";
    }
}
