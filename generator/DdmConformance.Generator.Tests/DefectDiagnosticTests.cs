using DdmConformance.Generator.Tests.Support;
using static DdmConformance.Generator.Tests.Support.Findings;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// One test per rule of families 5 and 6: documentation defects recorded during transcription (DDM0005,
/// DDM0024) and a constraint the document states twice, differently (DDM0025).
/// </summary>
public sealed class DefectDiagnosticTests
{
    [Test]
    public void DDM0005_ARepairedExampleIsAWarningAtTheExample()
    {
        var text = WithExample("{type: object, properties: {size: {type: integer}}}", "{size: 3}")
            .Replace("x-doc-line: 42", "x-doc-line: 42\n                  x-doc-repair: removed the trailing comma after size");
        AssertSingle(text, "DDM0005", SpecText.LineOf(text, "documented:"),
            "GET /widgets: response 200 example 'documented' (document line 42) was repaired: removed the trailing comma after size");
    }

    [Test]
    public void DDM0005_ARepairedRequestLineIsAWarningAtTheRequestExample()
    {
        var text = DiagnosticTests.MinimalSpec.Replace("""
                  operationId: ping
            """, """
                  operationId: ping
                  x-doc-request-examples:
                    - name: pingOnce
                      request-line: GET https://{endpoint}/ping
                      x-doc-line: 12
                      x-doc-repair: joined the URL wrapped over lines 12-13
            """);
        AssertSingle(text, "DDM0005", SpecText.LineOf(text, "- name: pingOnce"),
            "GET /ping: request example 'pingOnce' (document line 12) was repaired: joined the URL wrapped over lines 12-13");
    }

    [Test]
    public void DDM0024_ADocumentedGapIsAWarningAtTheGap()
    {
        var text = DiagnosticTests.MinimalSpec.Replace("""
                  operationId: ping
            """, """
                  operationId: ping
                  x-doc-gap: the document lists no X-Auth-Token header row for this operation
            """);
        AssertSingle(text, "DDM0024", SpecText.LineOf(text, "x-doc-gap:"),
            "GET /ping: the operation has a documentation gap: the document lists no X-Auth-Token header row for this operation");
    }

    [Test]
    public void DDM0025_ALengthTheErrorCatalogueStatesDifferentlyFromTheTableIsAWarningAtTheStatement()
    {
        // The case of DBS.300405 ("2 to 24 characters") against the schema-name table of 4.3.1 (2 to 48).
        var text = """
            openapi: 3.0.3
            info:
              title: Schemas
              version: '1'
            x-error-codes:
              - code: DBS.300405
                status: 400
                message: The schema name length is invalid.
                solution: Ensure that the schema name contains 2 to 24 characters.
                trigger: schema-name-too-long
                x-doc-constraints:
                  - target: '#/components/schemas/CreateDatabaseDetail/properties/name'
                    minLength: 2
                    maxLength: 24
                    x-doc-line: 13279
            paths:
              /databases:
                post:
                  operationId: createSchema
                  x-doc-section: '4.3.1'
                  x-doc-line: 5357
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/CreateDatabaseDetail'}
                  responses:
                    '204':
                      description: Created
            components:
              schemas:
                CreateDatabaseDetail:
                  type: object
                  x-doc-table: Table 4-207
                  x-doc-line: 5390
                  properties:
                    name: {type: string, minLength: 2, maxLength: 48}
            """;
        AssertSingle(text, "DDM0025", SpecText.LineOf(text, "- target:"),
            "CreateDatabaseDetail.name: error code DBS.300405 (error-code catalogue, document line 13279) states maxLength 24 where the table says maxLength 48 (Table 4-207, document line 5390)");
    }

    [Test]
    public void DDM0025_ATimeWindowBoundedBelowInOneTableAndAboveInAnotherIsAWarningAtTheLaterOperation()
    {
        // 4.3.15 wants the route-switching window at least 60 minutes long, 4.3.21 at most 1 hour. The second
        // statement of 4.3.15's own words (keys in another order) agrees and is not reported.
        var text = """
            openapi: 3.0.3
            info:
              title: Shards
              version: '1'
            paths:
              /migration:
                post:
                  operationId: configureShards
                  x-doc-section: '4.3.15'
                  x-doc-line: 7357
                  x-doc-constraints:
                    - target: '#/components/schemas/ConfigureShardsRequest'
                      x-interval: {minimum: 60, to: switch_route_end_time, from: switch_route_begin_time}
                      x-doc-line: 7386
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/ConfigureShardsRequest'}
                  responses:
                    '202':
                      description: Accepted
              /route-switch-strategy:
                put:
                  operationId: updateRouteSwitchingPolicy
                  x-doc-section: '4.3.21'
                  x-doc-line: 8007
                  x-doc-constraints:
                    - target: '#/components/schemas/ConfigureShardsRequest'
                      x-interval: {from: switch_route_begin_time, to: switch_route_end_time, maximum: 60}
                      x-doc-line: 8040
                  responses:
                    '200':
                      description: OK
            components:
              schemas:
                ConfigureShardsRequest:
                  type: object
                  x-interval: {from: switch_route_begin_time, to: switch_route_end_time, minimum: 60}
                  x-doc-table: Table 4-304
                  x-doc-line: 7381
                  properties:
                    switch_route_begin_time: {type: string}
                    switch_route_end_time: {type: string}
            """;
        AssertSingle(text, "DDM0025", SpecText.LineOf(text, "maximum: 60") - 1,
            "ConfigureShardsRequest: PUT /route-switch-strategy (document line 8040) states x-interval "
            + "{\"from\":\"switch_route_begin_time\",\"to\":\"switch_route_end_time\",\"maximum\":60} where the table says x-interval "
            + "{\"from\":\"switch_route_begin_time\",\"to\":\"switch_route_end_time\",\"minimum\":60} (Table 4-304, document line 7381)");
    }
}
