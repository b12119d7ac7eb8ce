using System.Linq;
using DdmConformance.Generator.Analysis;
using DdmConformance.Generator.Model;

namespace DdmConformance.Generator.Reading
{
    /// <summary>The outcome of reading one spec file: a model (absent when unreadable) and its findings.</summary>
    internal sealed record SpecParseResult(string Path, SpecModel? Model, EquatableArray<FindingModel> Findings);

    /// <summary>Text in, model and findings out. The only entry point from the pipeline into reading.</summary>
    internal static class SpecParser
    {
        public static SpecParseResult Parse(string path, string text)
        {
            var file = System.IO.Path.GetFileName(path);
            SpecDocument document;
            try
            {
                document = YamlToJson.Read(path, text);
            }
            catch (SpecSyntaxException e)
            {
                var finding = new FindingModel("DDM0001", $"{file}({e.Line}): {e.Message}", "", "", file, e.Line);
                return new SpecParseResult(path, null, new[] { finding }.ToEquatableArray());
            }

            var reader = new SpecReader(document);
            var model = reader.Read();
            var findings = SpecAnalyzer.Analyze(model, reader).ToList();
            foreach (var (message, pointer) in OpenApiStructureCheck.Check(Json.Compact(document.Root)))
                findings.Add(new FindingModel("DDM0006", $"{file}: {message}{(pointer.Length > 0 ? " (at " + pointer + ")" : "")}",
                    "", "", file, document.LineOf(pointer.TrimStart('#'))));
            var ordered = findings.OrderBy(f => f.Line).ThenBy(f => f.RuleId, System.StringComparer.Ordinal).ToEquatableArray();
            return new SpecParseResult(path, model with { Findings = ordered }, ordered);
        }
    }
}
