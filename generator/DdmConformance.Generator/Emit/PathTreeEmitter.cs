using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;

namespace DdmConformance.Generator.Emit
{
    /// <summary>
    /// Emits the navigation skeleton of the request builders, Kiota style: <c>{Api}Api</c> is the entry,
    /// literal segments are properties, placeholders are indexers and <c>ByX(…)</c> methods. A path value is
    /// given where the path needs it, so a request cannot be built without it. The operations' methods
    /// (<c>ToGetRequest</c>, <c>GetAsync</c>, …) are added to these partial classes by each operation's file.
    /// </summary>
    internal static class PathTreeEmitter
    {
        private const string Values = "global::System.Collections.Generic.IReadOnlyDictionary<string, string>";

        public static string RootClass(string apiName) => apiName + "Api";

        public static string Emit(PathTreeUnit unit)
        {
            var w = new CodeWriter(Namespaces.Requests(unit.ApiName));
            foreach (var node in unit.Nodes)
            {
                var root = node.ClassName.Length == 0;
                var name = root ? RootClass(unit.ApiName) : node.ClassName;
                if (root)
                    w.SummaryXml("Entry point of the request builders of " + CodeWriter.Escape(unit.FileName) + ": navigate the path, then build a request (<c>To…Request</c>) and send it separately.");
                else
                    w.Summary("Requests under " + node.Template + ".");
                w.Open("public sealed partial class " + name + " : global::DdmConformance.Api.PathRequestBuilder");
                w.Summary("The path this builder stands for.");
                w.Line("public const string PathTemplate = " + Names.Literal(root ? "/" : node.Template) + ";");
                w.Line();
                if (root)
                {
                    w.Summary("Starts at the root of the API, with no path values.");
                    w.Line("public " + name + "() : base(new global::System.Collections.Generic.Dictionary<string, string>()) { }");
                }
                else
                    w.Line("internal " + name + "(" + Values + " pathValues) : base(pathValues) { }");
                foreach (var step in node.Steps)
                {
                    w.Line();
                    EmitStep(w, step, node.Template);
                }
                w.Close();
                w.Line();
            }
            return w.ToString();
        }

        private static void EmitStep(CodeWriter w, PathStepModel step, string template)
        {
            var target = template + "/" + step.Segment;
            if (step.ParameterName.Length == 0)
            {
                w.Summary(target);
                w.Line("public " + step.TargetClass + " " + step.MemberName + " => new(PathValues);");
                return;
            }
            var argument = Names.Camel(step.ParameterName);
            if (step.IsIndexer)
            {
                w.Summary(target);
                w.Line("public " + step.TargetClass + " this[" + step.ClrType + " " + argument + "] => " + step.MemberName + "(" + argument + ");");
                w.Line();
            }
            w.Summary(target);
            w.Open("public " + step.TargetClass + " " + step.MemberName + "(" + step.ClrType + " " + argument + ")");
            if (!IsValueType(step.ClrType)) w.Line("global::System.ArgumentNullException.ThrowIfNull(" + argument + ");");
            w.Line("return new(With(" + Names.Literal(step.ParameterName) + ", global::DdmConformance.Api.ApiRequest.Format(" + argument + ")));");
            w.Close();
        }

        public static bool IsValueType(string clrType)
            => clrType == "int" || clrType == "long" || clrType == "bool" || clrType == "double" || clrType == "float" || clrType == "decimal"
               || clrType == "global::System.Text.Json.JsonElement";
    }
}
