using System.Net;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Tests.Support;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// What a user of the emitted code notices, exercised by compiling small programs against the code
/// emitted for the sample spec: request builders navigate the path and produce the documented request,
/// leaving out a required parameter does not compile, models read the documented examples, requests go
/// out through RestSharp, and the catalog describes the spec.
/// </summary>
public sealed class EmittedCodeTests
{
    private const string Usings = """
        using DdmConformance.Api;
        using DdmConformance.Api.Sample.Requests;
        using DdmConformance.Api.Sample.Models;
        """;

    private GeneratorRun run = null!;
    private System.Reflection.Assembly generated = null!;

    [OneTimeSetUp]
    public void GenerateTheSample()
    {
        run = GeneratorHarness.Run(SampleSpec.Load());
        generated = run.LoadAssembly();
    }

    [Test]
    public void NavigatingThePathAndFillingTheQueryBuildsTheDocumentedRequest()
    {
        var request = Build("""
            new SampleApi().V1["proj-1"].Widgets.ToGetRequest(new ListWidgetsQuery { Limit = 10, Offset = 20, Status = WidgetStatus.RUNNING })
            """);

        Assert.That(request, Is.EqualTo("GET /v1/proj-1/widgets?offset=20&limit=10&status=RUNNING listWidgets"));
    }

    [Test]
    public void PlaceholdersAreIndexersAndByMethods()
    {
        var viaIndexer = Build("""new SampleApi().V1["p 1"].Widgets["w/1"].ToGetRequest()""");
        var viaMethod = Build("""new SampleApi().V1.ByProjectId("p 1").Widgets.ByWidgetId("w/1").ToGetRequest()""");

        Assert.That(viaIndexer, Is.EqualTo("GET /v1/p%201/widgets/w%2F1 showWidget"));
        Assert.That(viaMethod, Is.EqualTo(viaIndexer));
    }

    [TestCase("""new SampleApi().V1["p"].Widgets.ToGetRequest(new ListWidgetsQuery { Offset = 1 })""", "CS9035",
        TestName = "Leaving out a required query parameter does not compile")]
    [TestCase("""new SampleApi().V1["p"].Widgets.ToGetRequest()""", "CS7036",
        TestName = "Leaving out the query of an operation with a required query parameter does not compile")]
    [TestCase("""new SampleApi().V1["p"].Widgets.ToPostRequest()""", "CS7036",
        TestName = "Leaving out a required body does not compile")]
    [TestCase("""new SampleApi().V1["p"].Widgets["w"].ToDeleteRequest(new DeleteWidgetHeaders())""", "CS9035",
        TestName = "Leaving out a required header does not compile")]
    [TestCase("""new SampleApi().V1.Widgets""", "CS1061",
        TestName = "Skipping a path placeholder does not compile")]
    public void RequiredParametersCannotBeOmitted(string expression, string error)
    {
        var problems = run.ProblemsCompiling(Usings + "\nstatic class UserCode { static object Use() => " + expression + "; }");

        Assert.That(problems.Select(p => p.Id), Does.Contain(error), GeneratorRun.Describe(problems));
    }

    [Test]
    public void AnOptionalBodyMayBeLeftOut()
    {
        Assert.That(Build("""new SampleApi().V1["p"].Widgets["w"].ToPutRequest()"""), Is.EqualTo("PUT /v1/p/widgets/w updateWidget"));
        Assert.That(Probe("""return new SampleApi().V1["p"].Widgets["w"].ToPutRequest().JsonBody ?? "no body";"""), Is.EqualTo("no body"));
    }

    [Test]
    public void APathValueCannotBeNull()
    {
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => Probe("""return new SampleApi().V1[null!].ToString()!;"""));
        Assert.That(error!.InnerException, Is.InstanceOf<ArgumentNullException>());
    }

    [Test]
    public void HeaderParametersTravelAsHeadersUnderTheirWireNames()
    {
        var headers = Probe("""
            var request = new SampleApi().V1["p"].Widgets["w"].ToDeleteRequest(new DeleteWidgetHeaders { XLanguage = DeleteWidgetXLanguage.EnUs });
            return string.Join(";", request.Headers.Select(h => h.Key + "=" + h.Value));
            """);

        Assert.That(headers, Is.EqualTo("X-Language=en-us"));
    }

    [Test]
    public void TheDocumentedRequestExampleRoundTripsThroughTheGeneratedModel()
    {
        var example = (string)Operation("createWidget").RequestBody.Examples[0].Json;
        var sent = Probe($$"""
            var body = System.Text.Json.JsonSerializer.Deserialize<CreateWidgetRequest>({{Literal(example)}})!;
            return new SampleApi().V1["p"].Widgets.ToPostRequest(body).JsonBody!;
            """);

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(sent), JsonNode.Parse(example)), Is.True, $"sent {sent}\ndocumented {example}");
        Assert.That(sent, Does.Contain("UTC+08:00"), "characters are sent as the document writes them");
    }

    [Test]
    public void EveryDocumentedExampleReadsIntoItsModel()
    {
        // Nullable fields, maps, free-form objects, allOf and number formats all have to take the documented values.
        var checks = new List<string>();
        foreach (var (op, type, status) in new[]
                 {
                     ("createWidget", "CreateWidgetRequest", ""), ("createWidget", "CreateWidgetResponse", "200"),
                     ("listWidgets", "ListWidgetsResponse", "200"), ("showWidget", "WidgetDetail", "200"),
                     ("updateWidget", "UpdateWidgetRequest", ""), ("deleteWidget", "DeleteWidgetResponse", "202"),
                     ("listVersions", "ListVersionsResponse", "200"), ("showWidget", "ErrorV1", "400"),
                 })
        {
            var descriptor = Operation(op);
            dynamic body = status.Length == 0 ? descriptor.RequestBody : ((IEnumerable<dynamic>)descriptor.Responses).Single(r => (string)r.Status == status).Body;
            foreach (var example in body.Examples)
                checks.Add($"Read<{type}>({Literal((string)example.Json)})");
        }

        var result = Probe("""
            static string Read<T>(string json) => System.Text.Json.JsonSerializer.Deserialize<T>(json) is null ? typeof(T).Name + " read as null; " : "";
            return 
            """ + string.Join(" + ", checks) + ";");

        Assert.That(result, Is.Empty);
    }

    [Test]
    public void ABuiltRequestIsSentThroughRestSharp()
    {
        var answer = Probe("""
            var seen = "";
            var handler = new Handler(r => seen = r.Method + " " + r.RequestUri + " " + r.Content?.ReadAsStringAsync().Result);
            var client = new RestSharp.RestClient(new RestSharp.RestClientOptions("http://widgets.test") { ConfigureMessageHandler = _ => handler });
            var body = new CreateWidgetRequest { Widget = new CreateWidgetRequestWidget { Name = "tiny", Size = 1 } };
            var response = new SampleApi().V1["p"].Widgets.PostAsync(client, body).GetAwaiter().GetResult();
            return seen + " -> " + (int)response.StatusCode + " " + response.Data?.Id;
            """, """
            sealed class Handler(Action<System.Net.Http.HttpRequestMessage> see) : System.Net.Http.HttpMessageHandler
            {
                protected override Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    see(request);
                    return Task.FromResult(new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK)
                    {
                        Content = new System.Net.Http.StringContent("{\"id\":\"w-9\",\"job_id\":\"j-1\"}", System.Text.Encoding.UTF8, "application/json"),
                    });
                }
            }
            """);

        Assert.That(answer, Is.EqualTo("POST http://widgets.test/v1/p/widgets {\"widget\":{\"name\":\"tiny\",\"size\":1}} -> 200 w-9"));
    }

    [Test]
    public void TheCatalogCarriesSafetyMarksAuthLinksAsyncJobsAndTheStatusTable()
    {
        var create = Operation("createWidget");
        Assert.Multiple(() =>
        {
            Assert.That((bool)create.IsBillable, Is.True);
            Assert.That((bool)Operation("deleteWidget").IsDestructive, Is.True);
            Assert.That((bool)Operation("listVersions").RequiresAuth, Is.False);
            Assert.That((string)create.AsyncJob.ReadyOperationId, Is.EqualTo("showWidget"));
            Assert.That((string)create.Links[0].Parameters["widget_id"], Is.EqualTo("$response.body#/id"));
            Assert.That((string)create.ConditionalRequirements[0].IfValue, Is.EqualTo("prePaid"));
            Assert.That((IEnumerable<string>)Operation("listWidgets").StatusCodes, Is.EqualTo(new[] { "200", "400" }));
            Assert.That((IEnumerable<string>)create.SecuritySchemes, Is.EqualTo(new[] { "iamToken" }));
            Assert.That((string)create.Description, Is.EqualTo("Creates a widget. Costs money."));
        });
    }

    /// <summary>Builds the request <paramref name="expression"/> makes and describes it as <c>METHOD path?query operationId</c>.</summary>
    private string Build(string expression)
        => Probe("var request = " + expression + ";\nreturn request.Method + \" \" + request.PathAndQuery + \" \" + request.OperationId;");

    /// <summary>Compiles <paramref name="body"/> as a method returning a string against the emitted code, runs it, returns its result.</summary>
    private string Probe(string body, string types = "")
    {
        var source = Usings + "\npublic static class UserCode\n{\n    public static string Run()\n    {\n" + body + "\n    }\n}\n" + types;
        var assembly = run.LoadAssembly(source);
        return (string)assembly.GetType("UserCode", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!;
    }

    private dynamic Operation(string id)
    {
        dynamic api = generated.GetType("DdmConformance.Api.Sample.SampleCatalog", throwOnError: true)!.GetProperty("Api")!.GetValue(null)!;
        foreach (var op in (System.Collections.IEnumerable)api.Operations)
            if (((dynamic)op).Id == id) return op;
        throw new ArgumentException("no operation " + id);
    }

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
