using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Analysis
{
    /// <summary>
    /// Every rule of the static analysis, with its stable ID. Documented in generator/RULES.md and
    /// tracked in AnalyzerReleases.*.md; IDs are never reused. The category is the rule's family.
    /// </summary>
    internal static class DiagnosticCatalog
    {
        public const string HelpBase = "generator/RULES.md#";

        private const string Files = "SpecFiles";
        private const string Examples = "ExamplesVsSchemas";
        private const string References = "References";
        private const string Uris = "UrisAndParameters";
        private const string Statuses = "StatusAndErrorCodes";
        private const string Defects = "DocumentationDefects";
        private const string Contradictions = "Contradictions";

        public static readonly DiagnosticDescriptor SpecUnreadable = Rule("DDM0001", Files, DiagnosticSeverity.Error,
            "Spec file cannot be read");

        public static readonly DiagnosticDescriptor ExampleWrongType = Rule("DDM0002", Examples, DiagnosticSeverity.Warning,
            "Documented example has a value of the wrong type");

        public static readonly DiagnosticDescriptor UnresolvedReference = Rule("DDM0003", References, DiagnosticSeverity.Warning,
            "Reference to a table or type that is not defined");

        public static readonly DiagnosticDescriptor PathParameterUndefined = Rule("DDM0004", Uris, DiagnosticSeverity.Warning,
            "Path placeholder without a parameter definition");

        public static readonly DiagnosticDescriptor DocumentationRepair = Rule("DDM0005", Defects, DiagnosticSeverity.Warning,
            "Documented example repaired during transcription");

        public static readonly DiagnosticDescriptor OpenApiStructure = Rule("DDM0006", Files, DiagnosticSeverity.Warning,
            "The OpenAPI reader reports a structural problem");

        public static readonly DiagnosticDescriptor ExampleValueNotAllowed = Rule("DDM0007", Examples, DiagnosticSeverity.Warning,
            "Documented example has a value outside the allowed values");

        public static readonly DiagnosticDescriptor ExampleValueOutOfBounds = Rule("DDM0008", Examples, DiagnosticSeverity.Warning,
            "Documented example has a value outside its range, length or pattern");

        public static readonly DiagnosticDescriptor ExampleFieldNotInTable = Rule("DDM0009", Examples, DiagnosticSeverity.Warning,
            "Documented example has a field the table does not list");

        public static readonly DiagnosticDescriptor ExampleMandatoryFieldMissing = Rule("DDM0010", Examples, DiagnosticSeverity.Warning,
            "Documented example leaves out a mandatory field");

        public static readonly DiagnosticDescriptor ExampleUnexpectedNull = Rule("DDM0011", Examples, DiagnosticSeverity.Warning,
            "Documented example has null where the table gives no nullability");

        public static readonly DiagnosticDescriptor ComponentUnused = Rule("DDM0012", References, DiagnosticSeverity.Warning,
            "Table or type defined but never used");

        public static readonly DiagnosticDescriptor DuplicateDefinition = Rule("DDM0013", References, DiagnosticSeverity.Warning,
            "The same object is defined twice, differently");

        public static readonly DiagnosticDescriptor PathParameterWithoutPlaceholder = Rule("DDM0014", Uris, DiagnosticSeverity.Warning,
            "Path parameter without a placeholder in the path");

        public static readonly DiagnosticDescriptor UriQueryParameterUndefined = Rule("DDM0015", Uris, DiagnosticSeverity.Warning,
            "Query parameter in a URI template missing from the query table");

        public static readonly DiagnosticDescriptor RequestLineMismatch = Rule("DDM0016", Uris, DiagnosticSeverity.Warning,
            "Example request line differs from the operation's method or path");

        public static readonly DiagnosticDescriptor OverlappingPaths = Rule("DDM0017", Uris, DiagnosticSeverity.Warning,
            "Path templates overlap");

        public static readonly DiagnosticDescriptor PermissionRowUnmatched = Rule("DDM0018", Uris, DiagnosticSeverity.Warning,
            "Permission row does not match an operation");

        public static readonly DiagnosticDescriptor ExampleStatusNotInTable = Rule("DDM0019", Statuses, DiagnosticSeverity.Warning,
            "Example documented for a status the status table omits");

        public static readonly DiagnosticDescriptor ResponseStatusNotInTable = Rule("DDM0020", Statuses, DiagnosticSeverity.Warning,
            "Response table for a status the status table omits");

        public static readonly DiagnosticDescriptor ErrorCodeNotInCatalogue = Rule("DDM0021", Statuses, DiagnosticSeverity.Warning,
            "Error code used in an example is not in the error-code catalogue");

        public static readonly DiagnosticDescriptor ErrorCodeWrongStatus = Rule("DDM0022", Statuses, DiagnosticSeverity.Warning,
            "Error code used with a status the catalogue does not give it");

        public static readonly DiagnosticDescriptor ErrorBodyWrongFormat = Rule("DDM0023", Statuses, DiagnosticSeverity.Warning,
            "Error body in the wrong format for the operation");

        public static readonly DiagnosticDescriptor DocumentationGap = Rule("DDM0024", Defects, DiagnosticSeverity.Warning,
            "Documented gap in the reference");

        public static readonly DiagnosticDescriptor ConstraintContradiction = Rule("DDM0025", Contradictions, DiagnosticSeverity.Warning,
            "A constraint stated in two places contradicts itself");

        public static readonly DiagnosticDescriptor DuplicateApiName = Rule("DDM0026", Files, DiagnosticSeverity.Warning,
            "Two spec files have the same API name");

        public static readonly DiagnosticDescriptor ProvocationMismatch = Rule("DDM0027", Statuses, DiagnosticSeverity.Warning,
            "Error-code provocation does not fit its operation");

        public static DiagnosticDescriptor[] All => new[]
        {
            SpecUnreadable, ExampleWrongType, UnresolvedReference, PathParameterUndefined, DocumentationRepair, OpenApiStructure,
            ExampleValueNotAllowed, ExampleValueOutOfBounds, ExampleFieldNotInTable, ExampleMandatoryFieldMissing, ExampleUnexpectedNull,
            ComponentUnused, DuplicateDefinition, PathParameterWithoutPlaceholder, UriQueryParameterUndefined, RequestLineMismatch,
            OverlappingPaths, PermissionRowUnmatched, ExampleStatusNotInTable, ResponseStatusNotInTable, ErrorCodeNotInCatalogue,
            ErrorCodeWrongStatus, ErrorBodyWrongFormat, DocumentationGap, ConstraintContradiction, DuplicateApiName,
            ProvocationMismatch,
        };

        public static DiagnosticDescriptor? ById(string id) => System.Linq.Enumerable.FirstOrDefault(All, d => d.Id == id);

        private static DiagnosticDescriptor Rule(string id, string family, DiagnosticSeverity severity, string title)
            => new DiagnosticDescriptor(id, title, "{0}", family, severity, isEnabledByDefault: true,
                description: "See " + HelpBase + id.ToLowerInvariant() + ".");
    }
}
