using DdmConformance.Generator.Tests.Support;
using static DdmConformance.Generator.Tests.Support.Findings;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// One test per rule of family 3, URIs and parameters (DDM0004, DDM0014–DDM0018): placeholders and path
/// parameters, the documented request lines and permission rows against the operations.
/// </summary>
public sealed class UriDiagnosticTests
{
    // One operation with a path parameter and a query table; tests add request lines or permission rows.
    private const string ShowWidget = """
        openapi: 3.0.3
        info:
          title: Widgets
          version: '1'
        paths:
          /v1/{project_id}/widgets/{widget_id}:
            get:
              operationId: showWidget
              x-doc-section: '4.2.3'
              x-permission-action: widgets:widget:get
              parameters:
                - {name: project_id, in: path, required: true, schema: {type: string}}
                - {name: widget_id, in: path, required: true, schema: {type: string}}
                - {name: verbose, in: query, schema: {type: boolean}}
              x-doc-request-examples:
                - name: show
                  request-line: REQUEST_LINE
                  x-doc-line: 1245
              responses:
                '204':
                  description: No content
        """;

    private static string WithRequestLine(string line) => ShowWidget.Replace("REQUEST_LINE", line);

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
        AssertSingle(text, "DDM0004", SpecText.LineOf(text, "delete:"),
            "DELETE /widgets/{widget_id}: path placeholder {widget_id} has no path parameter definition");
    }

    [Test]
    public void DDM0014_APathParameterWithoutAPlaceholderIsAWarningAtTheParameter()
    {
        var text = WithRequestLine("'GET https://{endpoint}/v1/{project_id}/widgets/{widget_id}'")
            .Replace("        - {name: verbose", "        - {name: instance_id, in: path, required: true, schema: {type: string}}\n        - {name: verbose");
        AssertSingle(text, "DDM0014", SpecText.LineOf(text, "name: instance_id"),
            "GET /v1/{project_id}/widgets/{widget_id}: path parameter 'instance_id' has no {instance_id} placeholder in the path");
    }

    [Test]
    public void DDM0015_AQueryParameterOfTheRequestLineMissingFromTheQueryTableIsAWarningAtTheLine()
    {
        var text = WithRequestLine("'GET https://{endpoint}/v1/{project_id}/widgets/{widget_id}?verbose=true&lang={lang}'");
        AssertSingle(text, "DDM0015", SpecText.LineOf(text, "request-line:"),
            "GET /v1/{project_id}/widgets/{widget_id}: request example 'show' (document line 1245): the request line "
            + "'GET https://{endpoint}/v1/{project_id}/widgets/{widget_id}?verbose=true&lang={lang}' has the query parameter lang, which the operation's query table does not define");
    }

    [Test]
    public void DDM0015_AQueryParameterOfAPermissionRowMissingFromTheQueryTableIsAWarningAtTheRow()
    {
        var text = WithRequestLine("'GET https://{endpoint}/v1/{project_id}/widgets/{widget_id}'") + """

            x-permissions:
              - permission: Querying a widget
                api: GET /v1/{project_id}/widgets/{widget_id}?detail=true
                action: widgets:widget:get
                x-doc-table: Table 5-1
                x-doc-line: 13030
            """;
        AssertSingle(text, "DDM0015", SpecText.LineOf(text, "- permission:"),
            "permission row 'Querying a widget' (Table 5-1, document line 13030): "
            + "'GET /v1/{project_id}/widgets/{widget_id}?detail=true' has the query parameter detail, which the operation's query table does not define");
    }

    [TestCase("'POST https://{endpoint}/v1/{project_id}/widgets/{widget_id}'", "uses method POST",
        TestName = "DDM0016 a request line with another method")]
    [TestCase("'GET https://{endpoint}/v1/{project_id}/gadgets/{widget_id}'", "requests /v1/{project_id}/gadgets/{widget_id}, which is not the operation's path",
        TestName = "DDM0016 a request line with another path")]
    [TestCase("'GET https://{endpoint}/v1/project_id/widgets/w-1'", "prints project_id without braces, as a literal segment",
        TestName = "DDM0016 a placeholder printed without braces")]
    [TestCase("'GET https://{endpoint}/v1/{project_id}/widgets/{id}'", "writes {id} where the operation has {widget_id}",
        TestName = "DDM0016 a placeholder with another name")]
    public void DDM0016_ARequestLineThatDiffersFromTheOperationIsAWarningAtTheLine(string line, string problem)
    {
        var text = WithRequestLine(line);
        AssertSingle(text, "DDM0016", SpecText.LineOf(text, "request-line:"),
            $"GET /v1/{{project_id}}/widgets/{{widget_id}}: request example 'show' (document line 1245): the request line '{line.Trim('\'')}' {problem}");
    }

    [Test]
    public void DDM0017_APathThatALiteralAndAPlaceholderBothMatchIsAWarningAtTheLaterPath()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Configurations
              version: '1'
            paths:
              /configurations/{config_id}:
                put:
                  operationId: updateConfiguration
                  parameters:
                    - {name: config_id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204':
                      description: Updated
              /configurations/diff:
                put:
                  operationId: compareConfigurations
                  responses:
                    '200':
                      description: Compared
            """;
        AssertSingle(text, "DDM0017", SpecText.LineOf(text, "/configurations/diff:"),
            "/configurations/diff overlaps /configurations/{config_id}: /configurations/diff matches both; both define PUT, "
            + "so a server must prefer the literal segment and a client cannot tell which operation a request reaches");
    }

    [Test]
    public void DDM0018_APermissionRowThatMatchesNoOperationIsAWarningAtTheRow()
    {
        var text = WithRequestLine("'GET https://{endpoint}/v1/{project_id}/widgets/{widget_id}'") + """

            x-permissions:
              - permission: Comparing two widgets
                api: PUT /v1/ {project_id}/ widgets/ /diff
                action: widgets:widget:compare
                x-doc-table: Table 5-1
                x-doc-line: 13040
            """;
        AssertSingle(text, "DDM0018", SpecText.LineOf(text, "- permission:"),
            "permission row 'Comparing two widgets' (Table 5-1, document line 13040): 'PUT /v1/ {project_id}/ widgets/ /diff' matches no operation of the spec (method and path template)");
    }

    [Test]
    public void DDM0018_APermissionRowWithAnotherActionThanItsOperationIsAWarningAtTheRow()
    {
        var text = WithRequestLine("'GET https://{endpoint}/v1/{project_id}/widgets/{widget_id}'") + """

            x-permissions:
              - permission: Querying a widget
                api: GET /v1/{project_id}/widgets/{widget_id}
                action: widgets:widget:list
                x-doc-table: Table 5-1
                x-doc-line: 13030
            """;
        AssertSingle(text, "DDM0018", SpecText.LineOf(text, "- permission:"),
            "permission row 'Querying a widget' (Table 5-1, document line 13030): 'GET /v1/{project_id}/widgets/{widget_id}' is GET /v1/{project_id}/widgets/{widget_id}, "
            + "whose x-permission-action is widgets:widget:get, but the row gives the action widgets:widget:list");
    }

    [Test]
    public void DDM0018_APermissionRowIsMatchedLiteralFirstLikeAServerRoutes()
    {
        // The row's literal 'diff' also fits {config_id}; the row is the comparing operation's, whose action it gives.
        var text = """
            openapi: 3.0.3
            info:
              title: Configurations
              version: '1'
            paths:
              /configurations/{config_id}:
                put:
                  operationId: updateConfiguration
                  x-permission-action: ddm::updateParamGroup
                  parameters:
                    - {name: config_id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204':
                      description: Updated
              /configurations/diff:
                put:
                  operationId: compareConfigurations
                  x-permission-action: ddm::listParamGroup
                  responses:
                    '200':
                      description: Compared
            x-permissions:
              - permission: Comparing two parameter groups
                api: PUT /configurations/ diff
                action: ddm::listParamGroup
            """;
        Assert.That(Run(text).Diagnostics.Where(d => d.Id == "DDM0018"), Is.Empty);
        Assert.That(Run(text.Replace("    action: ddm::listParamGroup", "    action: ddm::updateParamGroup")).Diagnostics.Count(d => d.Id == "DDM0018"), Is.EqualTo(1),
            "a row naming the other action is still a finding");
    }
}
