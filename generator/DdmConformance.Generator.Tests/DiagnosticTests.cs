using DdmConformance.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static DdmConformance.Generator.Tests.Support.Findings;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// One test per rule of the static analysis (generator/RULES.md), here for the spec files themselves
/// (DDM0001, DDM0006, DDM0026), examples vs schemas (DDM0002, DDM0007–DDM0011) and references
/// (DDM0003, DDM0012, DDM0013). Each finding has its ID and severity, points at the spec file and the
/// line to edit, and says what is wrong in words a spec author acts on.
/// </summary>
public sealed class DiagnosticTests
{
    [Test]
    public void ACleanSpecYieldsNoDiagnostics()
    {
        var run = GeneratorHarness.Run(SampleSpec.Load());
        Assert.That(run.Diagnostics, Is.Empty, string.Join("\n", run.Diagnostics));
    }

    [Test]
    public void EveryRuleIsDocumentedTrackedAndTested()
    {
        var rules = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "generator", "RULES.md"));
        var releases = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "generator", "DdmConformance.Generator", "AnalyzerReleases.Unshipped.md"));
        var tests = string.Join("\n", Directory.GetFiles(RepositoryLayout.TestProjectDirectory, "*DiagnosticTests.cs").Select(File.ReadAllText));
        foreach (var rule in Analysis.DiagnosticCatalog.All)
            Assert.Multiple(() =>
            {
                Assert.That(rules, Does.Contain($"<a id=\"{rule.Id.ToLowerInvariant()}\"></a>"), rule.Id + " has no section in RULES.md");
                Assert.That(releases, Does.Contain(rule.Id + " | " + rule.Category + " | " + rule.DefaultSeverity), rule.Id + " is not tracked");
                Assert.That(tests, Does.Contain(rule.Id + "_"), rule.Id + " has no test named after it");
            });
    }

    // --- the spec files ------------------------------------------------------------------------------

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
    [TestCase("openapi: 3.0.3\n? [a, b]\n: c\n", 2,
        "a mapping key that is not a plain name (a '?' complex key)", TestName = "DDM0001 a complex mapping key is reported at its line")]
    public void DDM0001_MalformedYamlIsAnErrorNamingFileAndLine(string text, int line, string problem)
    {
        var run = Run(text);

        AssertSingle(run, "DDM0001", line, $"{FileName}({line}): {problem}", DiagnosticSeverity.Error);
        Assert.That(run.Sources.Keys, Is.EquivalentTo(new[] { "ApiCatalog.g.cs", "DdmConformance.Api.Support.g.cs", "DdmConformance.Api.Transport.g.cs" }),
            "an unreadable spec emits no code of its own");
    }

    [Test]
    public void DDM0001_AnUnreadableSpecDoesNotStopTheOthersFromGenerating()
    {
        var run = GeneratorHarness.Run(InMemorySpec.Named(FileName, "info: [unclosed\n"), SampleSpec.Load());

        Assert.That(run.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "DDM0001" }));
        Assert.That(run.Sources.Keys, Does.Contain("Sample.Models.Widget.g.cs"));
        Assert.That(run.CompilationProblems(), Is.Empty);
    }

    [Test]
    public void DDM0001_AGeneratorFailureOnOneSpecIsReportedForThatSpecAndTheOthersStillGenerate()
    {
        var run = GeneratorHarness.Run(new FailingSpec(FilePath), SampleSpec.Load());

        AssertSingle(run, "DDM0001", 1,
            $"{FileName}(1): the generator failed while reading this file (IOException: disk on fire); nothing is generated for it. "
            + "This is a defect of the generator, not of the spec: please report it with the file", DiagnosticSeverity.Error);
        Assert.That(run.Sources.Keys, Does.Contain("Sample.Catalog.g.cs"));
        Assert.That(run.CompilationProblems(), Is.Empty);
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
        AssertSingle(text, "DDM0006", SpecText.LineOf(text, "responses:"),
            $"{FileName}: Responses must contain at least one response (at #/paths/~1widgets/get/responses)");
    }

    [Test]
    public void DDM0026_TwoSpecFilesWithTheSameApiNameBothGenerateUnderDistinctNames()
    {
        var first = new InMemorySpec("/a/" + FileName, MinimalSpec);
        var second = new InMemorySpec("/b/" + FileName, MinimalSpec);

        var run = GeneratorHarness.Run(second, first);

        Assert.That(run.Result.Exception, Is.Null);
        Assert.That(run.Diagnostics, Has.Length.EqualTo(1), string.Join("\n", run.Diagnostics));
        var d = run.Diagnostics[0];
        Assert.That(d.Id, Is.EqualTo("DDM0026"));
        Assert.That(d.Location.GetLineSpan().Path, Is.EqualTo("/b/" + FileName));
        Assert.That(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
            $"b/{FileName} and a/{FileName} both name the API 'Widgets' (from the file name): this file's code is generated as 'Widgets2' "
            + "(namespace DdmConformance.Api.Widgets2); rename one of the files"));
        Assert.That(run.Sources.Keys, Does.Contain("Widgets.Catalog.g.cs").And.Contain("Widgets2.Catalog.g.cs"));
        Assert.That(run.CompilationProblems(), Is.Empty, GeneratorRun.Describe(run.CompilationProblems()));
    }

    // --- family 1: examples vs schemas ---------------------------------------------------------------

    [TestCase("{type: object, properties: {size: {type: integer}}}", "{size: '3'}",
        "size is string \"3\", the table says integer", TestName = "DDM0002 a value of the wrong type")]
    [TestCase("{type: object, properties: {read_weight: {type: object, additionalProperties: {type: integer}}}}", "{read_weight: {db1: 50, db2: high}}",
        "read_weight.db2 is string \"high\", the table says integer", TestName = "DDM0002 a map value of the wrong type")]
    public void DDM0002_AValueOfTheWrongTypeIsAWarningAtTheExample(string schema, string example, string problem)
        => AssertExampleFinding("DDM0002", schema, example, problem);

    [Test]
    public void DDM0007_AValueOutsideTheEnumIsAWarningAtTheExample()
        => AssertExampleFinding("DDM0007", "{type: object, properties: {status: {type: string, enum: [CREATING, RUNNING]}}}", "{status: STOPPED}",
            "status is \"STOPPED\", not one of the allowed values (\"CREATING\", \"RUNNING\")");

    [TestCase("{type: object, properties: {nodes: {type: array, items: {type: object, properties: {port: {type: integer, maximum: 65535}}}}}}", "{nodes: [{port: 5066}, {port: 70000}]}",
        "nodes[1].port 70000 is above maximum 65535", TestName = "DDM0008 a nested number above its maximum names its path")]
    [TestCase("{type: object, properties: {name: {type: string, maxLength: 4}}}", "{name: widget}",
        "name \"widget\" is longer than maxLength 4", TestName = "DDM0008 a string longer than its maximum length")]
    [TestCase("{type: object, properties: {name: {type: string, pattern: '^[a-z]+$'}}}", "{name: Widget}",
        "name \"Widget\" does not match pattern ^[a-z]+$", TestName = "DDM0008 a string that does not match its pattern")]
    [TestCase("{type: object, properties: {nodes: {type: array, minItems: 1, items: {type: string}}}}", "{nodes: []}",
        "nodes has 0 items, fewer than minItems 1", TestName = "DDM0008 too few items")]
    [TestCase("{type: object, properties: {timeout: {type: string, x-numeric-range: {minimum: 60, maximum: 28800}}}}", "{timeout: '30'}",
        "timeout \"30\" is below minimum 60", TestName = "DDM0008 a number written as a string outside its x-numeric-range")]
    [TestCase("{type: object, properties: {vip: {type: string, format: ipv4}}}", "{vip: 192.168.0.300}",
        "vip \"192.168.0.300\" is not a valid ipv4 (format)", TestName = "DDM0008 a string that breaks its format")]
    [TestCase("{type: object, properties: {size: {type: integer, format: int32}}}", "{size: 3000000000}",
        "size 3000000000 does not fit format int32", TestName = "DDM0008 an integer beyond its int32 format")]
    public void DDM0008_AValueOutsideItsRangeLengthOrPatternIsAWarningAtTheExample(string schema, string example, string problem)
        => AssertExampleFinding("DDM0008", schema, example, problem);

    [Test]
    public void DDM0009_AFieldTheTableDoesNotListIsAWarningAtTheExample()
        => AssertExampleFinding("DDM0009", "{type: object, properties: {name: {type: string}}}", "{name: w, colour: blue}",
            "colour is not in the table");

    [Test]
    public void DDM0009_AllOfPartsDoNotCallEachOthersFieldsUnknown()
    {
        var run = Run(WithExample("{allOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: string}}}]}", "{a: x, b: y, c: z}"));
        Assert.That(run.Diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(new[] { "GET /widgets: response 200 example 'documented' (document line 42) contradicts its table: c is not in the table" }));
    }

    [Test]
    public void DDM0010_AnExampleFittingNoneOfTheAnyOfAlternativesReportsTheNearest()
        => AssertExampleFinding("DDM0010",
            "{type: object, properties: {backup_id: {type: string}, restore_time: {type: number}}, anyOf: [{required: [restore_time]}, {required: [backup_id]}]}",
            "{}",
            "the body fits none of the anyOf alternatives; by the nearest (alternative 1): restore_time is missing, the table marks it mandatory");

    [Test]
    public void AnExampleFittingOneAnyOfAlternativeIsNoFinding()
    {
        var run = Run(WithExample("{type: object, properties: {backup_id: {type: string}, restore_time: {type: number}}, anyOf: [{required: [restore_time]}, {required: [backup_id]}]}",
            "{backup_id: b1}"));
        Assert.That(run.Diagnostics.Where(d => d.Id.StartsWith("DDM00", System.StringComparison.Ordinal) && d.Id != "DDM0012"), Is.Empty);
    }

    [Test]
    public void DDM0007_AnExampleFittingTwoOneOfAlternativesIsAWarningAtTheExample()
        => AssertExampleFinding("DDM0007",
            "{type: object, properties: {backup_id: {type: string}, restore_time: {type: number}}, oneOf: [{required: [restore_time]}, {required: [backup_id]}]}",
            "{backup_id: b1, restore_time: 1}",
            "the body fits 2 of the oneOf alternatives, where exactly one is allowed");

    [Test]
    public void DDM0010_AMandatoryFieldLeftOutIsAWarningAtTheExample()
        => AssertExampleFinding("DDM0010", "{type: object, required: [name], properties: {name: {type: string}, size: {type: integer}}}", "{size: 3}",
            "name is missing, the table marks it mandatory");

    [Test]
    public void DDM0011_ANullWhereTheTableAllowsNoneIsAWarningAtTheExample()
        => AssertExampleFinding("DDM0011", "{type: object, properties: {name: {type: string}}}", "{name: null}",
            "name is null, but the table gives type string without nullability");

    [Test]
    public void DDM0002_FindingsAreListedInTheCatalogWithTheirOperationAndSection()
    {
        var text = WithExample("{type: object, properties: {size: {type: integer}}}", "{size: '3'}");
        var run = Run(text);

        var line = SpecText.LineOf(text, "documented:").ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(run.Sources["Widgets.Catalog.g.cs"], Does.Contain(
            "new(\"DDM0002\", \"GET /widgets: response 200 example 'documented' (document line 42) contradicts its table: size is string \\\"3\\\", the table says integer\", "
            + "\"GET /widgets\", \"4.2.3\", \"widgets.openapi.yaml\", " + line + "),"));
    }

    private static void AssertExampleFinding(string id, string schema, string example, string problem)
    {
        var text = WithExample(schema, example);
        AssertSingle(text, id, SpecText.LineOf(text, "documented:"),
            $"GET /widgets: response 200 example 'documented' (document line 42) contradicts its table: {problem}");
    }

    // --- family 2: references ------------------------------------------------------------------------

    [Test]
    public void DDM0003_ARefToNothingIsAWarningAtTheReference()
    {
        var text = WithExample("{$ref: '#/components/schemas/Widget'}", "{}");
        AssertSingle(text, "DDM0003", SpecText.LineOf(text, "schema:"),
            "$ref '#/components/schemas/Widget' at /paths/~1widgets/get/responses/200/content/application~1json/schema points to nothing");
    }

    [Test]
    public void DDM0003_ALinkToAnOperationTheSpecDoesNotHaveIsAWarningAtTheOperation()
    {
        var text = MinimalSpec.Replace("""
                      description: No content
            """, """
                      description: No content
                      links:
                        next:
                          operationId: showWidget
            """);
        AssertSingle(text, "DDM0003", SpecText.LineOf(text, "get:"),
            "GET /ping: link 'next' names operation 'showWidget', which no operation of the spec has");
    }

    [TestCase("x-prepare: {after: [switchRoute]}", "GET /ping: x-prepare replays operation 'switchRoute' first, which no operation of the spec has",
        TestName = "DDM0003 x-prepare replaying an operation the spec does not have")]
    [TestCase("x-prepare: {fresh: [job_id]}", "GET /ping: x-prepare creates a fresh 'job_id', which is not a path parameter of the operation",
        TestName = "DDM0003 x-prepare creating a fresh value for a parameter the operation does not take")]
    public void DDM0003_AnXPrepareNamingNothingIsAWarningAtTheOperation(string prepare, string message)
    {
        var text = MinimalSpec.Replace("      operationId: ping", "      operationId: ping\n      " + prepare);
        AssertSingle(text, "DDM0003", SpecText.LineOf(text, "get:"), message);
    }

    [Test]
    public void DDM0012_ATableNoOperationUsesIsAWarningAtItsDefinition()
    {
        var text = MinimalSpec + """

            components:
              schemas:
                Orphan:
                  type: object
                  x-doc-table: Table 4-17
                  properties:
                    key: {type: string}
            """;
        AssertSingle(text, "DDM0012", SpecText.LineOf(text, "Orphan:"),
            "components/schemas/Orphan (Table 4-17) is defined but never used: no operation refers to it, directly or through another definition");
    }

    [Test]
    public void DDM0013_ASecondDefinitionThatDiffersIsAWarningAtItsDuplicateMark()
    {
        var text = """
            openapi: 3.0.3
            info: {title: Widgets, version: '1'}
            paths:
              /widgets:
                get:
                  operationId: listWidgets
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Result'}
              /gadgets:
                get:
                  operationId: listGadgets
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/GadgetResult'}
            components:
              schemas:
                Result:
                  type: object
                  x-doc-table: Table 4-293
                  x-doc-line: 7122
                  properties:
                    name: {type: string}
                    status: {type: string}
                GadgetResult:
                  type: object
                  x-doc-table: Table 4-299
                  x-doc-line: 7261
                  x-doc-duplicate-of: Result
                  properties:
                    name: {type: string}
                    status: {type: string, enum: [SUCCESS, FAILED]}
                    note: {type: string}
            """;
        AssertSingle(text, "DDM0013", SpecText.LineOf(text, "x-doc-duplicate-of:"),
            "'Result' is defined twice: Result (Table 4-293, document line 7122) and GadgetResult (Table 4-299, document line 7261) differ: "
            + "fields only in the second: note; status: enum (none) vs [\"SUCCESS\",\"FAILED\"]");
    }

    /// <summary>A clean spec with one operation (<c>GET /ping</c>).</summary>
    internal const string MinimalSpec = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: '1'
        paths:
          /ping:
            get:
              operationId: ping
              responses:
                '204':
                  description: No content
        """;

    /// <summary>A spec whose text cannot be read at all (the disk fails): the generator must not crash.</summary>
    private sealed class FailingSpec(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
    }
}
