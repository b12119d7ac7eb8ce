using DdmConformance.ReferenceTarget;

namespace DdmConformance.Tests.Target.Parameters;

/// <summary>A reference target with short delays per test, and the ids the 4.10 tests share.</summary>
public abstract class ParameterTargetFixture
{
    protected const string Token = "target-test-token";

    /// <summary>The default template every project has (the 4.10.2 example's id).</summary>
    protected const string DefaultTemplate = "07fc12a8e0e94df7a3fcf53d0b5e1605pr01";

    protected const string Templates = "/v3/{p}/configurations";

    private ReferenceServer server = null!;

    protected ProjectClient Client { get; private set; } = null!;

    [SetUp]
    public async Task StartTarget()
    {
        server = await ReferenceServer.StartAsync(new ReferenceTargetOptions
        {
            Token = Token,
            ProvisioningDelay = TimeSpan.FromMilliseconds(400), // long enough to see a template APPLYING
            RestartDelay = TimeSpan.FromMilliseconds(50),
            ChangeDelay = TimeSpan.FromMilliseconds(300),
        });
        Client = new ProjectClient(server, Token);
    }

    [TearDown]
    public async Task StopTarget()
    {
        Client.Dispose();
        await server.DisposeAsync();
    }

    /// <summary>Creates a custom template and returns its id.</summary>
    protected async Task<string> CreateTemplateAsync(string name, string values = "{}")
    {
        var (status, body) = await Client.SendAsync(HttpMethod.Post, Templates, $$"""{"name":"{{name}}","description":"test","values":{{values}}}""");
        Assert.That(status, Is.EqualTo(200), body?.ToJsonString());
        return (string)body!["id"]!;
    }

    /// <summary>The value of one parameter as 4.2.23 shows it for the instance.</summary>
    protected async Task<string?> InstanceParameterAsync(string instanceId, string name)
    {
        var (_, body) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{instanceId}/configurations");
        return (string?)body!["configuration_parameter"]!.AsArray().Single(p => (string?)p!["name"] == name)!["value"];
    }

    protected static string? ErrorCode(System.Text.Json.Nodes.JsonNode? body) => (string?)body?["error_code"];
}
