using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DdmConformance.Generator.Analysis;
using DdmConformance.Generator.Emit;
using DdmConformance.Generator.Model;
using DdmConformance.Generator.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DdmConformance.Generator
{
    /// <summary>
    /// The pipeline: every <c>*.openapi.yaml</c> AdditionalFile is parsed and analysed into a
    /// <see cref="SpecModel"/>; models, request builders and the catalog are emitted from it, and
    /// findings leave as diagnostics through their own output.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SpecGenerator : IIncrementalGenerator
    {
        /// <summary>Tracked step names (tests assert these are cached on an unchanged rerun).</summary>
        public static class Steps
        {
            public const string Parse = nameof(Parse);
            public const string Specs = nameof(Specs);
            public const string ApiNames = nameof(ApiNames);
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var parsed = context.AdditionalTextsProvider
                .Where(static f => f.Path.EndsWith(".openapi.yaml", System.StringComparison.OrdinalIgnoreCase))
                .Select(static (file, ct) => SpecParser.Parse(file.Path, file.GetText(ct)?.ToString() ?? ""))
                .WithTrackingName(Steps.Parse);

            context.RegisterSourceOutput(parsed, static (spc, result) => ReportFindings(spc, result));

            var specs = parsed
                .Where(static r => r.Model != null)
                .Select(static (r, _) => r.Model!)
                .WithTrackingName(Steps.Specs);

            context.RegisterSourceOutput(specs, static (spc, spec) =>
            {
                spc.AddSource(spec.ApiName + ".Models.g.cs", SourceText.From(ModelEmitter.Emit(spec), System.Text.Encoding.UTF8));
                spc.AddSource(spec.ApiName + ".Requests.g.cs", SourceText.From(RequestBuilderEmitter.Emit(spec), System.Text.Encoding.UTF8));
                spc.AddSource(spec.ApiName + ".Catalog.g.cs", SourceText.From(CatalogEmitter.Emit(spec), System.Text.Encoding.UTF8));
            });

            var apiNames = specs
                .Select(static (s, _) => s.ApiName)
                .Collect()
                .Select(static (names, _) => names.OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(Steps.ApiNames);

            context.RegisterSourceOutput(apiNames, static (spc, names) =>
                spc.AddSource("ApiCatalog.g.cs", SourceText.From(CatalogEmitter.EmitIndex(names.ToList()), System.Text.Encoding.UTF8)));
        }

        private static void ReportFindings(SourceProductionContext spc, SpecParseResult result)
        {
            foreach (var f in result.Findings)
            {
                var descriptor = DiagnosticCatalog.ById(f.RuleId);
                if (descriptor == null) continue;
                var line = System.Math.Max(0, f.Line - 1);
                var location = Location.Create(result.Path, default(TextSpan),
                    new LinePositionSpan(new LinePosition(line, 0), new LinePosition(line, 0)));
                spc.ReportDiagnostic(Diagnostic.Create(descriptor, location, f.Message));
            }
        }
    }
}
