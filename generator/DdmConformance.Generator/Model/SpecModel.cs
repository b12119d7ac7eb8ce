namespace DdmConformance.Generator.Model
{
    // The pipeline's model of one spec file. Records with value equality only (EquatableArray for
    // collections, strings for JSON): the incremental generator caches a step when its output
    // compares equal to the previous run's, so no Roslyn, OpenAPI-library or JsonNode type may live here.

    /// <summary>One spec file, parsed and analysed.</summary>
    internal sealed record SpecModel(
        string ApiName,
        string FileName,
        string Title,
        string Version,
        string DocSource,
        string DefaultServerUrl,
        EquatableArray<OperationModel> Operations,
        EquatableArray<TypeModel> Types,
        EquatableArray<PathNodeModel> PathNodes,
        EquatableArray<ErrorCodeModel> ErrorCodes,
        EquatableArray<FindingModel> Findings);

    /// <param name="ClrName">PascalCase name, unique within the spec (operationIds should be unique; a clash gets a suffix).</param>
    /// <param name="BuilderClass">The path node's request-builder class; empty for the API root.</param>
    /// <param name="StatusCodes">The operation's Status Codes table (<c>x-doc-status-codes</c>), empty when not transcribed.</param>
    internal sealed record OperationModel(
        string Id,
        string ClrName,
        string Method,
        string Path,
        string BuilderClass,
        string Summary,
        string Description,
        string Section,
        string Title,
        int DocLine,
        int SpecLine,
        EquatableArray<string> Tags,
        string ErrorFormat,
        string PermissionAction,
        bool Destructive,
        bool Billable,
        bool RequiresAuth,
        EquatableArray<string> SecuritySchemes,
        AsyncJobModel? AsyncJob,
        EquatableArray<ParameterModel> Parameters,
        BodyModel? RequestBody,
        EquatableArray<ResponseModel> Responses,
        EquatableArray<RequestExampleModel> RequestExamples,
        EquatableArray<LinkModel> Links,
        EquatableArray<ConditionalRequirementModel> ConditionalRequirements,
        EquatableArray<string> StatusCodes,
        EquatableArray<string> DocGaps,
        EquatableArray<string> PrepareFresh,
        EquatableArray<string> PrepareAfter,
        string CredentialQueryParameter);

    internal sealed record AsyncJobModel(string JobIdExpression, string ReadyOperationId, string ReadyField, EquatableArray<string> ReadyValues);

    /// <param name="SchemaJson">The parameter's schema, self-contained JSON.</param>
    /// <param name="ClrType">C# type used by request builders (enum-valued parameters travel as their wire string).</param>
    /// <param name="Notes">Constraints, allowed values and default, as one line for the XML docs.</param>
    internal sealed record ParameterModel(string Name, string In, bool Required, string SchemaJson, string ClrType, string Description, string Notes);

    /// <param name="SchemaJson">Self-contained JSON Schema (OpenAPI 3 dialect, refs inlined).</param>
    /// <param name="ClrType">C# type of the body, or empty when none applies.</param>
    internal sealed record BodyModel(bool Required, string SchemaJson, string ClrType, EquatableArray<ExampleModel> Examples);

    internal sealed record ResponseModel(string Status, string Description, BodyModel? Body);

    internal sealed record ExampleModel(string Name, string Summary, string Json, int DocLine, int SpecLine, string Repair);

    internal sealed record RequestExampleModel(string Name, string Summary, string RequestLine, int DocLine, string BodyJson);

    internal sealed record LinkModel(string Name, string OperationId, EquatableArray<LinkParameterModel> Parameters);

    internal sealed record LinkParameterModel(string Name, string Expression);

    internal sealed record ConditionalRequirementModel(string IfParameter, string IfValue, EquatableArray<string> Then);

    internal sealed record ErrorCodeModel(string Code, int Status, string Message, string Solution, string Trigger, string Untriggerable,
        EquatableArray<ProvocationModel> Provocations);

    /// <summary>One entry of an error code's <c>provoke</c> list; the patches are compact JSON objects.</summary>
    internal sealed record ProvocationModel(string OperationId, string BodyPatchJson, string QueryJson, string PathJson, bool Repeat);

    /// <summary>A C# type emitted for a schema: an object (properties) or a string enum (values).</summary>
    /// <param name="Section">The document section the table belongs to (<c>4.2.1</c>), or empty.</param>
    /// <param name="EnumDescriptions">Per value (same order as <paramref name="EnumValues"/>), from <c>x-enum-descriptions</c>.</param>
    /// <param name="HasAdditionalProperties">The table lists fields and also allows others (a catch-all dictionary).</param>
    internal sealed record TypeModel(
        string Name,
        string Description,
        string DocTable,
        string Section,
        EquatableArray<PropertyModel> Properties,
        EquatableArray<string> EnumValues,
        EquatableArray<string> EnumDescriptions,
        bool HasAdditionalProperties)
    {
        public bool IsEnum => EnumValues.Count > 0;
    }

    /// <param name="Nullable">The table allows null (<c>nullable: true</c>).</param>
    /// <param name="Notes">Constraints, allowed values, format and default, as one line for the XML docs.</param>
    /// <param name="DefaultJson">The documented default as JSON, or empty.</param>
    internal sealed record PropertyModel(string JsonName, string ClrName, string ClrType, bool Required, bool Nullable, string Description, string Notes, string DefaultJson);

    /// <summary>A static-analysis finding; becomes a compiler diagnostic and a catalog entry.</summary>
    internal sealed record FindingModel(string RuleId, string Message, string Operation, string DocSection, string File, int Line);
}
