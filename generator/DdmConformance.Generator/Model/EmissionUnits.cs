namespace DdmConformance.Generator.Model
{
    // What each source output is generated from. Each unit carries only what its output needs, so that an
    // edit to one operation or one table changes exactly one unit and the others stay cached. Value
    // equality only (see SpecModel.cs).

    /// <summary>The API-level part of the catalog: provenance, the operation list (by name), error codes, findings.</summary>
    internal sealed record ApiUnit(
        string ApiName,
        string FileName,
        string Title,
        string Version,
        string DocSource,
        string DefaultServerUrl,
        EquatableArray<string> OperationNames,
        EquatableArray<ErrorCodeModel> ErrorCodes,
        EquatableArray<FindingModel> Findings);

    /// <summary>One operation: its catalog entry and its request-builder methods.</summary>
    internal sealed record OperationUnit(string ApiName, string FileName, OperationModel Operation);

    /// <summary>One model type (record or wire-value enum).</summary>
    internal sealed record TypeUnit(string ApiName, string DocSource, TypeModel Type);

    /// <summary>The navigation skeleton of the request builders: one class per path prefix.</summary>
    internal sealed record PathTreeUnit(string ApiName, string FileName, EquatableArray<PathNodeModel> Nodes);

    /// <param name="ClassName">Request-builder class; empty for the API root.</param>
    /// <param name="Template">The path prefix this node stands for (<c>/v1/{project_id}/instances</c>).</param>
    internal sealed record PathNodeModel(string ClassName, string Template, EquatableArray<PathStepModel> Steps);

    /// <summary>A step from a node to a child: a literal segment (property) or a placeholder (indexer and <c>ByX</c> method).</summary>
    /// <param name="ParameterName">The placeholder's parameter, empty for a literal segment.</param>
    /// <param name="ClrType">The placeholder value's C# type.</param>
    /// <param name="IsIndexer">The only placeholder child of its node, so it is also reachable as <c>this[...]</c>.</param>
    internal sealed record PathStepModel(string Segment, string MemberName, string ParameterName, string ClrType, string TargetClass, bool IsIndexer);

    /// <summary>Which claim on an API name a spec file got: its own, or a suffixed one because another file had it first.</summary>
    internal sealed record ApiNameAssignment(string Path, string ApiName, string ClashesWith);
}
