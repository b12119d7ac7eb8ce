using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Every rule of the static analysis, with its stable ID. Documented in generator/RULES.md and
    /// tracked in AnalyzerReleases.*.md; IDs are never reused.
    /// </summary>
    internal static class DiagnosticCatalog
    {
        public static readonly DiagnosticDescriptor SpecUnreadable = Rule("DDM0001", "SpecSyntax", DiagnosticSeverity.Error,
            "Spec file cannot be read", "{0}");

        public static readonly DiagnosticDescriptor ExampleViolatesSchema = Rule("DDM0002", "ExamplesVsSchemas", DiagnosticSeverity.Warning,
            "Documented example does not conform to its schema", "{0}");

        public static readonly DiagnosticDescriptor UnresolvedReference = Rule("DDM0003", "References", DiagnosticSeverity.Warning,
            "$ref points to nothing", "{0}");

        public static readonly DiagnosticDescriptor PathParameterUndefined = Rule("DDM0004", "UrisAndParameters", DiagnosticSeverity.Warning,
            "Path placeholder without a parameter definition", "{0}");

        public static readonly DiagnosticDescriptor DocumentationRepair = Rule("DDM0005", "DocumentationRepairs", DiagnosticSeverity.Warning,
            "Documented example repaired during transcription", "{0}");

        public static readonly DiagnosticDescriptor OpenApiStructure = Rule("DDM0006", "SpecSyntax", DiagnosticSeverity.Warning,
            "The OpenAPI reader reports a structural problem", "{0}");

        public static DiagnosticDescriptor[] All => new[]
        {
            SpecUnreadable, ExampleViolatesSchema, UnresolvedReference, PathParameterUndefined, DocumentationRepair, OpenApiStructure,
        };

        public static DiagnosticDescriptor? ById(string id) => System.Linq.Enumerable.FirstOrDefault(All, d => d.Id == id);

        private static DiagnosticDescriptor Rule(string id, string category, DiagnosticSeverity severity, string title, string format)
            => new DiagnosticDescriptor(id, title, format, category, severity, isEnabledByDefault: true,
                description: "See generator/RULES.md#" + id.ToLowerInvariant() + ".");
    }
}
