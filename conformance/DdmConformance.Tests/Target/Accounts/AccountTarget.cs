using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Accounts;

/// <summary>
/// A reference target with one RUNNING instance, for the account tests: the requests of chapter 4.4 on that
/// instance, and the error code a refusal carries in either error format.
/// </summary>
internal sealed class AccountTarget : IAsyncDisposable
{
    private const string Token = "account-test-token";

    /// <summary>A password that passes every rule of Tables 4-382, 4-392 and 4-408.</summary>
    public const string StrongPassword = "Kx7~mP2qL9";

    private readonly RunningTarget target;

    private AccountTarget(RunningTarget target, string instanceId)
    {
        this.target = target;
        InstanceId = instanceId;
    }

    public ProjectClient Client => target.Client;

    public string InstanceId { get; }

    public static async Task<AccountTarget> StartAsync()
    {
        var target = await RunningTarget.StartAsync(new ReferenceTargetOptions
        {
            Token = Token,
            ProvisioningDelay = TimeSpan.FromSeconds(1), // a purchase must still be CREATING when the next request arrives, even on a loaded machine
            RestartDelay = TimeSpan.FromMilliseconds(50),
        });
        var client = target.Client;
        // In the documented VPC, beside the seeded RDS instances, so that schemas can be created on it.
        var (_, bought) = await client.SendAsync(HttpMethod.Post, "/v1/{p}/instances",
            ProjectClient.Purchase(1).Replace("\"vpc\"", "\"e1d886ec-cfe7-4cd4-b748-fc55a10b4172\"", StringComparison.Ordinal));
        var id = (string)bought!["id"]!;
        await client.StatusAsync(id, "RUNNING");
        return new AccountTarget(target, id);
    }

    /// <summary>Sends to a path below the instance (<c>v3/users</c> → <c>/v3/{project}/instances/{id}/users</c>).</summary>
    public Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string version, string below, string? json = null)
        => Client.SendAsync(method, $"/{version}/{{p}}/instances/{InstanceId}/{below}", json);

    public Task<(int Status, JsonNode? Body)> CreateV3Async(string name, string password = StrongPassword, string extra = "")
        => SendAsync(HttpMethod.Post, "v3", "users", $$"""{"name":"{{name}}","password":"{{password}}","base_authority":["SELECT"]{{extra}}}""");

    public Task<(int Status, JsonNode? Body)> CreateV1Async(string usersJson)
        => SendAsync(HttpMethod.Post, "v1", "users", $$"""{"users":{{usersJson}}}""");

    /// <summary>The 4.3.1 example's schema (<c>mytestdb</c>, on the documented RDS instance), created on the instance.</summary>
    public async Task CreateSchemaAsync()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "v1", "databases", """
            {"databases":[{"name":"mytestdb","shard_mode":"cluster","shard_number":8,"shard_unit":8,
              "used_rds":[{"id":"f296c394f13f48449d715bf99af07e59in01","adminUser":"root","adminPassword":"xxxxxx"}]}]}
            """);
        Assert.That(status, Is.EqualTo(200), body?.ToJsonString());
    }

    /// <summary>(status, code) of an answer in either error format.</summary>
    public static (int Status, string? Code) Refusal((int Status, JsonNode? Body) answer)
        => (answer.Status, (string?)answer.Body?["error_code"] ?? (string?)answer.Body?["errCode"]);

    public ValueTask DisposeAsync() => target.DisposeAsync();
}
