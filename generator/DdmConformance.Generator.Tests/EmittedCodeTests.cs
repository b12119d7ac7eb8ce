using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using DdmConformance.Generator.Tests.Support;

namespace DdmConformance.Generator.Tests;

/// <summary>
/// What a user of the emitted code notices: request builders produce the documented request, models
/// carry the wire names, and the catalog describes the spec. Exercised on the compiled sample.
/// </summary>
public sealed class EmittedCodeTests
{
    private Assembly generated = null!;

    [OneTimeSetUp]
    public void CompileTheSample() => generated = GeneratorHarness.Run(SampleSpec.Load()).LoadAssembly();

    [Test]
    public void ARequestBuilderPutsRequiredAndOptionalParametersWhereTheSpecSays()
    {
        var builder = Invoke("DdmConformance.Api.Sample.Requests.SampleRequests", "ListWidgets", "proj-1", 10);
        builder.GetType().GetProperty("Offset")!.SetValue(builder, 20);
        builder.GetType().GetProperty("Status")!.SetValue(builder, "RUNNING");

        dynamic request = builder.GetType().GetMethod("Build")!.Invoke(builder, null)!;

        Assert.That((string)request.Method, Is.EqualTo("GET"));
        Assert.That((string)request.OperationId, Is.EqualTo("listWidgets"));
        Assert.That((string)request.PathAndQuery, Is.EqualTo("/v1/proj-1/widgets?offset=20&limit=10&status=RUNNING"));
    }

    [Test]
    public void ARequiredParameterCannotBeNull()
    {
        var error = Assert.Throws<TargetInvocationException>(() => Invoke("DdmConformance.Api.Sample.Requests.SampleRequests", "ShowWidget", "proj-1", null));
        Assert.That(error!.InnerException, Is.InstanceOf<ArgumentNullException>());
    }

    [Test]
    public void HeaderParametersTravelAsHeaders()
    {
        var builder = Invoke("DdmConformance.Api.Sample.Requests.SampleRequests", "DeleteWidget", "proj-1", "w-1", "en-us");
        dynamic request = builder.GetType().GetMethod("Build")!.Invoke(builder, null)!;

        Assert.That((string)request.Path, Is.EqualTo("/v1/proj-1/widgets/w-1"));
        Assert.That((List<KeyValuePair<string, string>>)request.Headers, Is.EqualTo(new[] { KeyValuePair.Create("X-Language", "en-us") }));
    }

    [Test]
    public void TheDocumentedRequestExampleRoundTripsThroughTheGeneratedModel()
    {
        var operation = Operation("createWidget");
        var example = (string)operation.RequestBody.Examples[0].Json;
        var model = generated.GetType("DdmConformance.Api.Sample.Models.CreateWidgetRequest", throwOnError: true)!;

        var body = JsonSerializer.Deserialize(example, model)!;
        var builder = Invoke("DdmConformance.Api.Sample.Requests.SampleRequests", "CreateWidget", "proj-1", body);
        dynamic request = builder.GetType().GetMethod("Build")!.Invoke(builder, null)!;

        Assert.That(JsonNode.DeepEquals(JsonNode.Parse((string)request.JsonBody), JsonNode.Parse(example)), Is.True,
            $"sent {request.JsonBody}\ndocumented {example}");
    }

    [Test]
    public void TheCatalogCarriesSafetyMarksAuthLinksAndAsyncJobs()
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
        });
    }

    private object Invoke(string type, string method, params object?[] arguments)
        => generated.GetType(type, throwOnError: true)!.GetMethod(method)!.Invoke(null, arguments)!;

    private dynamic Operation(string id)
    {
        dynamic api = generated.GetType("DdmConformance.Api.Sample.SampleCatalog", throwOnError: true)!.GetProperty("Api")!.GetValue(null)!;
        foreach (var op in (System.Collections.IEnumerable)api.Operations)
            if (((dynamic)op).Id == id) return op;
        throw new ArgumentException("no operation " + id);
    }
}
