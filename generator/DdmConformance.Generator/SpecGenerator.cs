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
    /// The pipeline. Every <c>*.openapi.yaml</c> AdditionalFile is parsed and analysed into a
    /// <see cref="SpecModel"/> (findings leave as diagnostics through their own output); the model is cut
    /// into small units (the API, the path tree, each operation, each type) so that an edit regenerates
    /// only the files that depend on what changed.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class SpecGenerator : IIncrementalGenerator
    {
        /// <summary>Tracked step names (tests assert which of them an edit recomputes).</summary>
        public static class Steps
        {
            public const string Parse = nameof(Parse);
            public const string ApiNames = nameof(ApiNames);
            public const string Specs = nameof(Specs);
            public const string Apis = nameof(Apis);
            public const string Paths = nameof(Paths);
            public const string Operations = nameof(Operations);
            public const string Types = nameof(Types);
            public const string Transport = nameof(Transport);
            public const string Index = nameof(Index);
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            context.RegisterPostInitializationOutput(static output =>
                output.AddSource(SupportEmitter.SupportHint, SourceText.From(SupportEmitter.Support(), System.Text.Encoding.UTF8)));

            var parsed = context.AdditionalTextsProvider
                .Where(static file => file.Path.EndsWith(".openapi.yaml", System.StringComparison.OrdinalIgnoreCase))
                .Select(static (file, ct) => SpecParser.Parse(file.Path, () => file.GetText(ct)?.ToString() ?? ""))
                .WithTrackingName(Steps.Parse);

            // Two files may claim one API name (das.openapi.yaml in two folders): settle it before emitting.
            var apiNames = parsed
                .Where(static r => r.Model != null)
                .Select(static (r, _) => (r.Path, r.Model!.ApiName))
                .Collect()
                .Select(static (claims, _) => Units.AssignApiNames(claims))
                .WithTrackingName(Steps.ApiNames);

            var specs = parsed
                .Combine(apiNames)
                .Select(static (pair, _) => Units.WithAssignedName(pair.Left, pair.Right))
                .WithTrackingName(Steps.Specs);
            context.RegisterSourceOutput(specs, static (spc, result) => ReportFindings(spc, result));

            var models = specs.Where(static r => r.Model != null).Select(static (r, _) => r.Model!);
            var apis = models.Select(static (spec, _) => Units.Api(spec)).WithTrackingName(Steps.Apis);
            var paths = models.Select(static (spec, _) => Units.PathTree(spec)).WithTrackingName(Steps.Paths);
            var operations = models.SelectMany(static (spec, _) => Units.Operations(spec)).WithTrackingName(Steps.Operations);
            var types = models.SelectMany(static (spec, _) => Units.Types(spec)).WithTrackingName(Steps.Types);
            var transport = context.CompilationProvider
                .Select(static (compilation, _) => compilation.GetTypeByMetadataName("RestSharp.RestClient") != null)
                .WithTrackingName(Steps.Transport);
            var index = apis
                .Select(static (api, _) => api.ApiName)
                .Collect()
                .Select(static (names, _) => names.OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(Steps.Index);

            context.RegisterSourceOutput(apis, static (spc, api) =>
                Emit(spc, api.FileName, api.ApiName + ".Catalog.g.cs", () => CatalogEmitter.EmitApi(api)));
            context.RegisterSourceOutput(paths, static (spc, tree) =>
                Emit(spc, tree.FileName, tree.ApiName + ".Requests.g.cs", () => PathTreeEmitter.Emit(tree)));
            context.RegisterSourceOutput(operations.Combine(transport), static (spc, pair) =>
            {
                var (unit, hasTransport) = pair;
                var name = unit.ApiName + "." + "{0}." + unit.Operation.ClrName + ".g.cs";
                Emit(spc, unit.FileName, string.Format(name, "Catalog"), () => CatalogEmitter.EmitOperation(unit));
                Emit(spc, unit.FileName, string.Format(name, "Requests"), () => RequestBuilderEmitter.Emit(unit, hasTransport));
            });
            context.RegisterSourceOutput(types, static (spc, unit) =>
                Emit(spc, unit.ApiName, unit.ApiName + ".Models." + unit.Type.Name + ".g.cs", () => ModelEmitter.Emit(unit)));
            context.RegisterSourceOutput(transport, static (spc, hasTransport) =>
            {
                if (hasTransport) Emit(spc, "", SupportEmitter.TransportHint, SupportEmitter.Transport);
            });
            context.RegisterSourceOutput(index, static (spc, names) =>
                Emit(spc, "", "ApiCatalog.g.cs", () => CatalogEmitter.EmitIndex(names.ToList())));
        }

        private static void ReportFindings(SourceProductionContext spc, SpecParseResult result)
        {
            foreach (var f in result.Findings)
            {
                var descriptor = DiagnosticCatalog.ById(f.RuleId);
                if (descriptor != null) spc.ReportDiagnostic(Diagnostic.Create(descriptor, At(result.Path, f.Line), f.Message));
            }
        }

        /// <summary>Adds one file; an emitter failure is reported (DDM0001) instead of failing every spec's generation.</summary>
        private static void Emit(SourceProductionContext spc, string specFile, string hintName, System.Func<string> emit)
        {
            string text;
            try
            {
                text = emit();
            }
            catch (System.Exception e) when (!(e is System.OperationCanceledException))
            {
                spc.ReportDiagnostic(Diagnostic.Create(DiagnosticCatalog.SpecUnreadable, At(specFile, 1),
                    $"{specFile}: the generator failed while writing {hintName} ({e.GetType().Name}: {e.Message}); that file is missing. "
                    + "This is a defect of the generator, not of the spec: please report it with the file"));
                return;
            }
            spc.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
        }

        private static Location At(string path, int line)
        {
            var position = new LinePosition(System.Math.Max(0, line - 1), 0);
            return Location.Create(path, default(TextSpan), new LinePositionSpan(position, position));
        }
    }
}
