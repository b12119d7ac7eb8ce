using Microsoft.CodeAnalysis;

namespace DdmConformance.Generator.Tests.Support;

/// <summary>
/// Small specs that trigger one rule each, and the assertion every diagnostic test makes: exactly one
/// finding, with its ID and severity, at the spec file and the line to edit, saying what is wrong.
/// </summary>
internal static class Findings
{
    public const string FileName = "widgets.openapi.yaml";
    public const string FilePath = "/specs/" + FileName;

    /// <summary>One operation whose 200 response has a schema and an example; tests substitute both (flow YAML).</summary>
    public const string OneExample = """
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

    public static string WithExample(string schema, string example)
        => OneExample.Replace("SCHEMA", schema).Replace("EXAMPLE", example);

    public static GeneratorRun Run(string text) => GeneratorHarness.Run(InMemorySpec.Named(FileName, text));

    /// <summary>Runs the generator over <paramref name="text"/> and asserts it reports exactly one finding, as described.</summary>
    public static void AssertSingle(string text, string id, int line, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
        => AssertSingle(Run(text), id, line, message, severity);

    public static void AssertSingle(GeneratorRun run, string id, int line, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        Assert.That(run.Result.Exception, Is.Null, "the generator threw");
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
