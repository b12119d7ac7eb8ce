using DdmConformance.Generator.Tests.Support;
using static DdmConformance.Generator.Tests.Support.Findings;

namespace DdmConformance.Generator.Tests;

/// <summary>DDM0027: an error code's provocations must fit the operation they name.</summary>
public sealed class ProvocationDiagnosticTests
{
    private const string WithProvocation = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: '1'
        x-error-codes:
          - code: DBS.300407
            status: 400
            message: The name cannot contain uppercase letters.
            solution: Use lowercase letters.
            trigger: widget-name-uppercase
            provoke:
              - PROVOCATION
        paths:
          /widgets/{widget_id}:
            post:
              operationId: renameWidget
              x-doc-section: '4.3.1'
              x-error-format: v1
              parameters:
                - {name: widget_id, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {type: object, properties: {widget: {type: object, properties: {name: {type: string}}}}}
                    examples:
                      rename:
                        x-doc-line: 30
                        value: {widget: {name: small}}
              responses:
                '200': {description: OK}
        """;

    private static string Spec(string provocation) => WithProvocation.Replace("PROVOCATION", provocation);

    [Test]
    public void DDM0027_AProvocationThatFitsItsOperationIsNotAFinding()
    {
        var run = Run(Spec("{operation: renameWidget, body: {/widget/name: Big}, path: {widget_id: none}}"));
        Assert.That(run.Diagnostics.Where(d => d.Id == "DDM0027"), Is.Empty);
    }

    [Test]
    public void DDM0027_AProvocationPatchingOutsideTheExampleIsAWarningAtTheProvocation()
    {
        var text = Spec("{operation: renameWidget, body: {/gadget/name: Big}}");
        AssertSingle(text, "DDM0027", SpecText.LineOf(text, "{operation: renameWidget"),
            "error code DBS.300407: provocation 1 patches '/gadget/name', whose parent is not in the documented request example of POST /widgets/{widget_id}");
    }

    [Test]
    public void DDM0027_AProvocationNamingAnUnknownOperationOrParameterIsAWarning()
    {
        var unknownOperation = Spec("{operation: renameGadget}");
        AssertSingle(unknownOperation, "DDM0027", SpecText.LineOf(unknownOperation, "{operation: renameGadget"),
            "error code DBS.300407: provocation 1 names operation 'renameGadget', which no operation of the spec has");
        var unknownParameter = Spec("{operation: renameWidget, query: {force: 'true'}}");
        AssertSingle(unknownParameter, "DDM0027", SpecText.LineOf(unknownParameter, "{operation: renameWidget"),
            "error code DBS.300407: provocation 1 sets the query parameter 'force', which POST /widgets/{widget_id} does not have");
    }
}
