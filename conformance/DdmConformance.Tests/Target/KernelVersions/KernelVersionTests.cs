using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;

namespace DdmConformance.Tests.Target.KernelVersions;

/// <summary>The reference target's 4.8: kernel version changes and rollbacks as instance details show them.</summary>
[TestFixture]
[Category("Target")]
public sealed class KernelVersionTests
{
    private const string Token = "target-test-token";
    private ReferenceServer server = null!;
    private ProjectClient client = null!;

    [SetUp]
    public async Task StartTarget()
    {
        server = await ReferenceServer.StartAsync(new ReferenceTargetOptions
        {
            Token = Token,
            ProvisioningDelay = TimeSpan.FromSeconds(1), // a purchase must still be CREATING when the next request arrives, even on a loaded machine
            RestartDelay = TimeSpan.FromMilliseconds(50),
            ChangeDelay = TimeSpan.FromMilliseconds(300),
        });
        client = new ProjectClient(server, Token);
    }

    [TearDown]
    public async Task StopTarget()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    private static string Versions(string id) => $"/v3/{{p}}/instances/{id}/database-version/available-versions";

    [Test]
    public async Task AnUpgradeShowsUpgradeVersionInstanceThenTheNewVersionAndARollbackReturnsToTheOldOne()
    {
        var id = await client.RunningInstanceAsync(nodes: 1);
        var (_, before) = await client.SendAsync(HttpMethod.Get, Versions(id));
        var (changed, job) = await client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/change-version", """{"target_version":"3.0.8.5"}""");
        var upgrading = await client.DetailsAsync(id);
        var upgraded = await client.StatusAsync(id, "RUNNING");
        var (_, afterUpgrade) = await client.SendAsync(HttpMethod.Get, Versions(id));
        var (rolledBack, _) = await client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/rollback-version");
        var rollingBack = await client.DetailsAsync(id);
        var restored = await client.StatusAsync(id, "RUNNING");
        var (again, refusal) = await client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/rollback-version");
        Assert.Multiple(() =>
        {
            Assert.That(((string?)before!["current_version"], (string?)before["previous_version"]), Is.EqualTo(("3.0.6", "")));
            Assert.That(before["versions"]!.AsArray().Select(v => (string?)v), Does.Contain("3.0.8.5").And.Not.Contain("3.0.6"));
            Assert.That((changed, (string?)job!["instance_id"]), Is.EqualTo((202, id)));
            Assert.That((string?)upgrading["status"], Is.EqualTo("UPGRADE_VERSION_INSTANCE"));
            Assert.That((string?)upgraded["engine_version"], Is.EqualTo("3.0.8.5"));
            Assert.That(((string?)afterUpgrade!["current_version"], (string?)afterUpgrade["previous_version"]), Is.EqualTo(("3.0.8.5", "3.0.6")));
            Assert.That(rolledBack, Is.EqualTo(202));
            Assert.That((string?)rollingBack["status"], Is.EqualTo("ROLL_BACK_DB_VERSION"));
            Assert.That((string?)restored["engine_version"], Is.EqualTo("3.0.6"));
            Assert.That((again, (string?)refusal!["error_code"]), Is.EqualTo((400, "DBS.280001")), "one upgrade, one rollback");
        });
    }

    [TestCase("3.0.6", TestName = "Changing to the version the instance runs is a parameter error")]
    [TestCase("9.9.9.9", TestName = "Changing to a version the region does not have is a parameter error")]
    public async Task ChangingToAnImpossibleVersionIsAParameterError(string version)
    {
        var id = await client.RunningInstanceAsync(nodes: 1);
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/change-version", $$"""{"target_version":"{{version}}"}""");
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.280001")));
    }

    [Test]
    public async Task AnInstanceStillBeingCreatedRefusesAVersionChangeWithDbs200076()
    {
        var (_, bought) = await client.SendAsync(HttpMethod.Post, "/v1/{p}/instances", ProjectClient.Purchase(1));
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{(string)bought!["id"]!}/database-version/change-version", """{"target_version":"3.0.8.5"}""");
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.200076")));
    }

    [Test]
    public async Task OnlyAnInstanceOlderThanTheLatestFavoredVersionIsRemindedOfRisks()
    {
        var id = await client.RunningInstanceAsync(nodes: 1);
        var (_, old) = await client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/show-risk-info");
        await client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/change-version", """{"target_version":"3.1.0.8"}""");
        await client.StatusAsync(id, "RUNNING");
        var (_, latest) = await client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/show-risk-info");
        Assert.Multiple(() =>
        {
            var risk = old!["risks"]!.AsArray().Single()!;
            Assert.That(((string?)risk["engine_version"], (int?)risk["level"]), Is.EqualTo(("3.0.6", 1)));
            Assert.That(latest!["risks"]!.AsArray(), Is.Empty);
        });
    }
}
