using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Schemas;

/// <summary>A reference target with short delays, an instance in the VPC of the seeded RDS instances, and schema helpers.</summary>
public sealed class SchemaClient : IAsyncDisposable
{
    private const string Token = "schema-test-token";

    /// <summary>The RDS instance of the 4.3.1 example, with the credentials the example sends.</summary>
    public const string ExampleRds = "f296c394f13f48449d715bf99af07e59in01";

    /// <summary>The RDS instance of the 4.3.15 example (password as documented there).</summary>
    public const string ShardRds = "7edae0250ebc464897bd92b8d3e8b769in01";

    private RunningTarget target = null!;

    public ProjectClient Http => target.Client;

    public string Instance { get; private set; } = "";

    public static async Task<SchemaClient> StartAsync(int nodes = 2)
    {
        var client = new SchemaClient();
        client.target = await RunningTarget.StartAsync(new ReferenceTargetOptions
        {
            Token = Token,
            ProvisioningDelay = TimeSpan.FromMilliseconds(50),
            RestartDelay = TimeSpan.FromMilliseconds(50),
            ChangeDelay = TimeSpan.FromMilliseconds(200),
        });
        client.Instance = await client.BuyAsync(nodes);
        return client;
    }

    /// <summary>Buys an instance in the documented VPC and waits until it is RUNNING.</summary>
    public async Task<string> BuyAsync(int nodes)
    {
        var (_, bought) = await Http.SendAsync(HttpMethod.Post, "/v1/{p}/instances", ProjectClient.Purchase(nodes).Replace("\"vpc\"", "\"e1d886ec-cfe7-4cd4-b748-fc55a10b4172\""));
        var id = (string)bought!["id"]!;
        await Http.StatusAsync(id, "RUNNING");
        return id;
    }

    /// <summary>The 4.3.1 example body with <paramref name="name"/>, on <paramref name="rds"/> with its documented credentials.</summary>
    public static string V1Body(string name, string rds = ExampleRds, string password = "xxxxxx", string shards = "\"shard_number\":8,\"shard_unit\":8")
        => $$"""{"databases":[{"name":"{{name}}","shard_mode":"cluster",{{shards}},"used_rds":[{"id":"{{rds}}","adminUser":"root","adminPassword":"{{password}}"}]}]}""";

    public Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json = null)
        => Http.SendAsync(method, path.Replace("{i}", Instance, StringComparison.Ordinal), json);

    /// <summary>Creates a schema through the v1 API and waits until it is RUNNING.</summary>
    public async Task CreateRunningAsync(string name, string rds = ExampleRds, string password = "xxxxxx")
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/v1/{p}/instances/{i}/databases", V1Body(name, rds, password));
        Assert.That(status, Is.EqualTo(200), body?.ToJsonString());
        await UntilAsync($"/v1/{{p}}/instances/{{i}}/databases/{name}", b => (string?)b["database"]?["status"] == "RUNNING");
    }

    /// <summary>Polls a GET until <paramref name="done"/> holds (a few seconds at most); returns the last body.</summary>
    public async Task<JsonNode> UntilAsync(string path, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var (_, body) = await SendAsync(HttpMethod.Get, path);
            if ((body is not null && done(body)) || DateTime.UtcNow > deadline)
                return body!;
            await Task.Delay(20);
        }
    }

    public ValueTask DisposeAsync() => target.DisposeAsync();
}
