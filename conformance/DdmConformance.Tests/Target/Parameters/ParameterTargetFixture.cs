using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Parameters;

/// <summary>The 4.10 tests' target (purchases slow enough to see a template APPLYING) and the ids they share.</summary>
public abstract class ParameterTargetFixture : TargetFixture
{
    /// <summary>The default template every project has (the 4.10.2 example's id).</summary>
    protected const string DefaultTemplate = "07fc12a8e0e94df7a3fcf53d0b5e1605pr01";

    protected const string Templates = "/v3/{p}/configurations";

    // Purchases long enough to see a template APPLYING.
    protected override ReferenceTargetOptions Options => base.Options with { ProvisioningDelay = TimeSpan.FromMilliseconds(400) };

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
