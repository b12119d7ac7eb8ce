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
        /// <summary>
        /// Reads one spec. Never throws (except on cancellation): a file that cannot be read, or that makes
        /// the generator fail, becomes a DDM0001 finding for that file alone, so every other spec is still
        /// generated.
        /// </summary>
        public static SpecParseResult Parse(string path, System.Func<string> text)
        {
            try
            {
                return ParseText(path, text());
            }
            catch (System.OperationCanceledException)
            {
                throw;
            }
            catch (System.Exception e)
            {
                return Unreadable(path, 1,
                    $"the generator failed while reading this file ({e.GetType().Name}: {e.Message}); nothing is generated for it. "
                    + "This is a defect of the generator, not of the spec: please report it with the file");
            }
        }

        public static SpecParseResult Parse(string path, string text) => Parse(path, () => text);

        private static SpecParseResult ParseText(string path, string text)
        {
            SpecDocument document;
            try
            {
                document = YamlToJson.Read(path, text);
            }
            catch (SpecSyntaxException e)
            {
                return Unreadable(path, e.Line, e.Message);
            }

            var reader = new SpecReader(document);
            var model = reader.Read();
            var file = System.IO.Path.GetFileName(path);
            var findings = SpecAnalyzer.Analyze(model, reader).ToList();
            foreach (var (message, pointer) in OpenApiStructureCheck.Check(document.Root))
                findings.Add(new FindingModel(DiagnosticCatalog.OpenApiStructure.Id, $"{file}: {message}{(pointer.Length > 0 ? " (at " + pointer + ")" : "")}",
                    "", "", file, document.LineOf(pointer.TrimStart('#'))));
            var ordered = findings
                .OrderBy(f => f.Line)
                .ThenBy(f => f.RuleId, System.StringComparer.Ordinal)
                .ThenBy(f => f.Message, System.StringComparer.Ordinal)
                .ToEquatableArray();
            return new SpecParseResult(path, model with { Findings = ordered }, ordered);
        }

        private static SpecParseResult Unreadable(string path, int line, string problem)
        {
            var file = System.IO.Path.GetFileName(path);
            var finding = new FindingModel(DiagnosticCatalog.SpecUnreadable.Id, $"{file}({line}): {problem}", "", "", file, line);
            return new SpecParseResult(path, null, new[] { finding }.ToEquatableArray());
        }
    }
}
