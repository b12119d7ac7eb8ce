using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.KernelVersions;

/// <summary>The reference target's 4.8: kernel version changes and rollbacks as instance details show them.</summary>
[TestFixture]
[Category("Target")]
public sealed class KernelVersionTests : TargetFixture
{
    // A purchase must still be CREATING when the next request arrives, even on a loaded machine.
    protected override ReferenceTargetOptions Options => base.Options with { ProvisioningDelay = TimeSpan.FromSeconds(1) };

    private static string Versions(string id) => $"/v3/{{p}}/instances/{id}/database-version/available-versions";

    [Test]
    public async Task AnUpgradeShowsUpgradeVersionInstanceThenTheNewVersionAndARollbackReturnsToTheOldOne()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (_, before) = await Client.SendAsync(HttpMethod.Get, Versions(id));
        var (changed, job) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/change-version", """{"target_version":"3.0.8.5"}""");
        var upgrading = await Client.DetailsAsync(id);
        var upgraded = await Client.StatusAsync(id, "RUNNING");
        var (_, afterUpgrade) = await Client.SendAsync(HttpMethod.Get, Versions(id));
        var (rolledBack, _) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/rollback-version");
        var rollingBack = await Client.DetailsAsync(id);
        var restored = await Client.StatusAsync(id, "RUNNING");
        var (again, refusal) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/rollback-version");
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
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (status, body) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/change-version", $$"""{"target_version":"{{version}}"}""");
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.280001")));
    }

    [Test]
    public async Task AnInstanceStillBeingCreatedRefusesAVersionChangeWithDbs200076()
    {
        var (_, bought) = await Client.SendAsync(HttpMethod.Post, "/v1/{p}/instances", ProjectClient.Purchase(1));
        var (status, body) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{(string)bought!["id"]!}/database-version/change-version", """{"target_version":"3.0.8.5"}""");
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.200076")));
    }

    [Test]
    public async Task OnlyAnInstanceOlderThanTheLatestFavoredVersionIsRemindedOfRisks()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (_, old) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/show-risk-info");
        await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/database-version/change-version", """{"target_version":"3.1.0.8"}""");
        await Client.StatusAsync(id, "RUNNING");
        var (_, latest) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/show-risk-info");
        Assert.Multiple(() =>
        {
            var risk = old!["risks"]!.AsArray().Single()!;
            Assert.That(((string?)risk["engine_version"], (int?)risk["level"]), Is.EqualTo(("3.0.6", 1)));
            Assert.That(latest!["risks"]!.AsArray(), Is.Empty);
        });
    }
}
