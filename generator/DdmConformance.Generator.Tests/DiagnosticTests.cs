using DdmConformance.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// One test per rule of the static analysis (generator/RULES.md): each finding has its ID and severity,
/// points at the spec file and the line to edit, and says what is wrong in words a spec author acts on.
/// </summary>
public sealed class DiagnosticTests
{
    private const string FileName = "widgets.openapi.yaml";
    private const string FilePath = "/specs/" + FileName;

    // One operation whose 200 response has a schema and an example; tests substitute both (flow YAML).
    private const string OneExample = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: '1'
        paths:
          /widgets:
            get:
              operationId: listWidgets
              x-doc-section: '4.2.3'
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: SCHEMA
                      examples:
                        documented:
                          x-doc-line: 42
                          value: EXAMPLE
        """;

    private static string WithExample(string schema, string example)
        => OneExample.Replace("SCHEMA", schema).Replace("EXAMPLE", example);

    [Test]
    public void ACleanSpecYieldsNoDiagnostics()
    {
        var run = GeneratorHarness.Run(SampleSpec.Load());
        Assert.That(run.Diagnostics, Is.Empty, string.Join("\n", run.Diagnostics));
    }

    [TestCase("openapi: 3.0.3\ninfo:\n  title: 'Widgets\n  version: 1\n", 3,
        "While scanning a quoted scalar, found unexpected end of stream.", TestName = "DDM0001 an unterminated quote is reported at the line where the quote opens")]
    [TestCase("openapi: 3.0.3\ninfo:\n  title: Widgets\n  title: Gadgets\n", 4,
        "Duplicate key title", TestName = "DDM0001 a duplicate key is reported at the second occurrence")]
    [TestCase("openapi: 3.0.3\ninfo:\n\ttitle: Widgets\n", 3,
        "While scanning a mapping, found invalid tab as indentation.", TestName = "DDM0001 a tab used as indentation is reported at its line")]
    [TestCase("openapi: 3.0.3\ninfo:\n  title: Widgets\ntags: [Widgets\npaths: {}\n", 5,
        "malformed YAML: the reader stopped here (Operation is not valid due to the current state of the object.); look above for an unclosed '[', '{' or quote",
        TestName = "DDM0001 an unclosed flow sequence is reported where the reader stopped, not as a generator crash")]
    [TestCase("- openapi: 3.0.3\n", 1,
        "the file is not a YAML mapping (an OpenAPI document)", TestName = "DDM0001 a document that is not a mapping is reported at line 1")]
    public void DDM0001_MalformedYamlIsAnErrorNamingFileAndLine(string text, int line, string problem)
    {
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

        Assert.That(run.Result.Exception, Is.Null, "the generator must report the spec, not crash");
        AssertSingle(run, "DDM0001", DiagnosticSeverity.Error, line, $"{FileName}({line}): {problem}");
        Assert.That(run.Sources.Keys, Is.EquivalentTo(new[] { "ApiCatalog.g.cs" }), "an unreadable spec emits no code");
    }

    [Test]
    public void DDM0001_AnUnreadableSpecDoesNotStopTheOthersFromGenerating()
    {
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, "info: [unclosed\n"), SampleSpec.Load());

        Assert.That(run.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DDM0001" }));
        Assert.That(run.Sources.Keys, Does.Contain("Sample.Models.g.cs"));
        Assert.That(run.CompilationProblems(), Is.Empty);
    }

    [TestCase("{type: object, properties: {size: {type: integer}}}", "{size: '3'}",
        "size is string \"3\", the table says integer", TestName = "DDM0002 a value of the wrong type")]
    [TestCase("{type: object, properties: {status: {type: string, enum: [CREATING, RUNNING]}}}", "{status: STOPPED}",
        "status is \"STOPPED\", not one of the allowed values (\"CREATING\", \"RUNNING\")", TestName = "DDM0002 a value outside the enum")]
    [TestCase("{type: object, required: [name], properties: {name: {type: string}, size: {type: integer}}}", "{size: 3}",
        "name is missing, the table marks it mandatory", TestName = "DDM0002 a mandatory field left out")]
    [TestCase("{type: object, properties: {name: {type: string}}}", "{name: null}",
        "name is null, but the table gives type string without nullability", TestName = "DDM0002 a null where the table allows none")]
    [TestCase("{type: object, properties: {nodes: {type: array, items: {type: object, properties: {port: {type: integer, maximum: 65535}}}}}}", "{nodes: [{port: 5066}, {port: 70000}]}",
        "nodes[1].port 70000 is above maximum 65535", TestName = "DDM0002 a nested value names its path")]
    [TestCase("{type: object, properties: {read_weight: {type: object, additionalProperties: {type: integer}}}}", "{read_weight: {db1: 50, db2: high}}",
        "read_weight.db2 is string \"high\", the table says integer", TestName = "DDM0002 a map value of the wrong type")]
    [TestCase("{type: object, properties: {nodes: {type: array, minItems: 1, items: {type: string}}}}", "{nodes: []}",
        "nodes has 0 items, fewer than minItems 1", TestName = "DDM0002 too few items")]
    public void DDM0002_AnExampleThatContradictsItsSchemaIsAWarningAtTheExample(string schema, string example, string problem)
    {
        var text = WithExample(schema, example);
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

        AssertSingle(run, "DDM0002", DiagnosticSeverity.Warning, SpecText.LineOf(text, "documented:"),
            $"GET /widgets: response 200 example 'documented' (document line 42) contradicts its table: {problem}");
    }

    [Test]
    public void DDM0002_FindingsAreListedInTheCatalogWithTheirOperationAndSection()
    {
        var text = WithExample("{type: object, properties: {size: {type: integer}}}", "{size: '3'}");
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

        var line = SpecText.LineOf(text, "documented:").ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(run.Sources["Widgets.Catalog.g.cs"], Does.Contain(
            "new(\"DDM0002\", \"GET /widgets: response 200 example 'documented' (document line 42) contradicts its table: size is string \\\"3\\\", the table says integer\", "
            + "\"GET /widgets\", \"4.2.3\", \"widgets.openapi.yaml\", " + line + "),"));
    }

    [Test]
    public void DDM0003_ARefToNothingIsAWarningAtTheReference()
    {
        var text = WithExample("{$ref: '#/components/schemas/Widget'}", "{}");
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

        AssertSingle(run, "DDM0003", DiagnosticSeverity.Warning, SpecText.LineOf(text, "schema:"),
            "$ref '#/components/schemas/Widget' at /paths/~1widgets/get/responses/200/content/application~1json/schema points to nothing");
    }

    [Test]
    public void DDM0004_APathPlaceholderWithoutAParameterIsAWarningAtTheOperation()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Widgets
              version: '1'
            paths:
              /widgets/{widget_id}:
                delete:
                  operationId: deleteWidget
                  responses:
                    '204':
                      description: Deleted
            """;
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

        AssertSingle(run, "DDM0004", DiagnosticSeverity.Warning, SpecText.LineOf(text, "delete:"),
            "DELETE /widgets/{widget_id}: path placeholder {widget_id} has no path parameter definition");
    }

    [Test]
    public void DDM0005_ARepairedExampleIsAWarningAtTheExample()
    {
        var text = WithExample("{type: object, properties: {size: {type: integer}}}", "{size: 3}")
            .Replace("x-doc-line: 42", "x-doc-line: 42\n                  x-doc-repair: removed the trailing comma after size");
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

        AssertSingle(run, "DDM0005", DiagnosticSeverity.Warning, SpecText.LineOf(text, "documented:"),
            "GET /widgets: response 200 example 'documented' (document line 42) was repaired: removed the trailing comma after size");
    }

    [Test]
    public void DDM0006_AStructuralProblemTheOpenApiReaderReportsIsAWarningAtItsLine()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Widgets
              version: '1'
            paths:
              /widgets:
                get:
                  operationId: listWidgets
                  responses: {}
            """;
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

        AssertSingle(run, "DDM0006", DiagnosticSeverity.Warning, SpecText.LineOf(text, "responses:"),
            $"{FileName}: Responses must contain at least one response (at #/paths/~1widgets/get/responses)");
    }

    private static void AssertSingle(GeneratorRun run, string id, DiagnosticSeverity severity, int line, string message)
    {
        Assert.That(run.Diagnostics, Has.Length.EqualTo(1), "expected exactly one finding, got:\n" + string.Join("\n", run.Diagnostics));
        var d = run.Diagnostics[0];
        var span = d.Location.GetLineSpan();
        Assert.Multiple(() =>
        {
            Assert.That(d.Id, Is.EqualTo(id));
            Assert.That(d.Severity, Is.EqualTo(severity));
            Assert.That(span.Path, Is.EqualTo(FilePath));
            Assert.That(span.StartLinePosition.Line + 1, Is.EqualTo(line), "1-based line");
            Assert.That(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(message));
            Assert.That(d.Descriptor.HelpLinkUri + d.Descriptor.Description, Does.Contain("RULES.md#" + id.ToLowerInvariant()));
        });
    }
}
