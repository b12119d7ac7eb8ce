using DdmConformance.Generator.Tests.Support;
using static DdmConformance.Generator.Tests.Support.Findings;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// One test per rule of family 4, status and error codes (DDM0019–DDM0023): responses against the
/// operation's Status Codes table, error examples against the error-code catalogue and the error format.
/// </summary>
public sealed class StatusDiagnosticTests
{
    // An operation with a success and an error response (v1 error bodies) and a one-code catalogue.
    private const string WithErrors = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: '1'
        x-error-codes:
          - code: DBS.280001
            status: 400
            message: Parameter error.
            solution: Check the parameters.
            trigger: invalid-parameter
        paths:
          /widgets:
            get:
              operationId: listWidgets
              x-doc-section: '4.2.3'
              x-error-format: v1
              x-doc-status-codes: STATUS_TABLE
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {type: object, properties: {count: {type: integer}}}
                      examples: # success examples
                        ok:
                          x-doc-line: 40
                          value: {count: 2}
                'ERROR_STATUS':
                  description: Error
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          errCode: {type: string}
                          externalMessage: {type: string}
                          error_code: {type: string}
                          error_msg: {type: string}
                      examples: # error examples
                        failed:
                          x-doc-line: 50
                          value: ERROR_BODY
        """;

    private static string Spec(string statusTable = "[200, 400]", string errorStatus = "400", string errorBody = "{errCode: DBS.280001, externalMessage: Parameter error.}")
        => WithErrors.Replace("STATUS_TABLE", statusTable).Replace("ERROR_STATUS", errorStatus).Replace("ERROR_BODY", errorBody);

    [Test]
    public void DDM0019_AnExampleForAStatusTheStatusTableOmitsIsAWarningAtTheExample()
    {
        var text = Spec(statusTable: "[202, 400]");
        var run = Run(text);

        var finding = run.Diagnostics.Single(d => d.Id == "DDM0019");
        Assert.That(finding.Location.GetLineSpan().StartLinePosition.Line + 1, Is.EqualTo(SpecText.LineOf(text, "ok:")));
        Assert.That(finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
            "GET /widgets: the example ('ok', document line 40) shows status 200, which the operation's Status Codes table (202, 400) does not list"));
    }

    [Test]
    public void DDM0020_AResponseTableForAStatusTheStatusTableOmitsIsAWarningAtTheResponse()
    {
        var text = SpecText.WithoutLines(Spec(statusTable: "[202, 400]"), "examples: # success examples", "ok:", "x-doc-line: 40", "value: {count: 2}");
        AssertSingle(text, "DDM0020", SpecText.LineOf(text, "'200':"),
            "GET /widgets: a response table is given for status 200, which the operation's Status Codes table (202, 400) does not list");
    }

    [TestCase("400", TestName = "DDM0019 A.2 in the status table lists the appendix's error statuses")]
    [TestCase("default", TestName = "DDM0019 A.2 in the status table lists the default (abnormal) response")]
    public void DDM0019_StatusTableEntryA2StandsForTheAppendixStatusTable(string errorStatus)
    {
        // "Normal: 202 / Abnormal: see Status Codes" is transcribed as [202, A.2]: errors are the appendix's business,
        // while the success example under 200 still disagrees with the table.
        var text = Spec(statusTable: "[202, A.2]", errorStatus: errorStatus)
            .Replace("x-error-codes:", "x-status-codes:\n  - {status: 200, message: OK}\n  - {status: 400, message: Bad Request}\nx-error-codes:");
        var statusFindings = Run(text).Diagnostics.Where(d => d.Id is "DDM0019" or "DDM0020")
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(statusFindings, Has.Count.EqualTo(2));
        Assert.That(statusFindings, Has.All.Contains("status 200, which the operation's Status Codes table (202, A.2) does not list"));
    }

    [Test]
    public void DDM0019_AnErrorStatusTheAppendixDoesNotListIsStillReportedUnderA2()
    {
        var text = Spec(statusTable: "[200, A.2]", errorStatus: "404")
            .Replace("x-error-codes:", "x-status-codes:\n  - {status: 400, message: Bad Request}\nx-error-codes:");
        var finding = Run(text).Diagnostics.First(d => d.Id == "DDM0019");
        Assert.That(finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("shows status 404, which the operation's Status Codes table (200, A.2) does not list"));
    }

    [Test]
    public void DDM0021_AnErrorCodeOutsideTheCatalogueIsAWarningAtTheExample()
    {
        var text = Spec(errorBody: "{errCode: DBS.200412, externalMessage: Server failure.}");
        AssertSingle(text, "DDM0021", SpecText.LineOf(text, "failed:"),
            "GET /widgets: response 400 example 'failed' (document line 50) uses the error code DBS.200412, which is not in the error-code catalogue (x-error-codes)");
    }

    [Test]
    public void DDM0022_AnErrorCodeWithAnotherStatusThanTheCatalogueGivesIsAWarningAtTheExample()
    {
        var text = Spec(statusTable: "[200, 500]", errorStatus: "500");
        AssertSingle(text, "DDM0022", SpecText.LineOf(text, "failed:"),
            "GET /widgets: response 500 example 'failed' (document line 50) uses the error code DBS.280001 with status 500; the catalogue gives it status 400");
    }

    [Test]
    public void DDM0023_AnErrorBodyInTheOtherFormatIsAWarningAtTheExample()
    {
        var text = Spec(errorBody: "{error_code: DBS.280001, error_msg: Parameter error.}");
        AssertSingle(text, "DDM0023", SpecText.LineOf(text, "failed:"),
            "GET /widgets: response 400 example 'failed' (document line 50) is a v3 error body (error_code/error_msg), but the operation's error format is v1 (errCode/externalMessage)");
    }

    [Test]
    public void DDM0023_AnErrorTableInTheOtherFormatIsAWarningAtTheResponse()
    {
        var text = SpecText.WithoutLines(Spec(), "errCode: {type: string}", "externalMessage: {type: string}",
            "examples: # error examples", "failed:", "x-doc-line: 50", "value: {errCode");
        AssertSingle(text, "DDM0023", SpecText.LineOf(text, "'400':"),
            "GET /widgets: the response 400 table is the v3 error body (error_code/error_msg), but the operation's error format is v1 (errCode/externalMessage)");
    }
}
