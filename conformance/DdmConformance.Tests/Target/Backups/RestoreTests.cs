using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Backups;

/// <summary>The reference target's 4.9.6–4.9.9: restoration targets, and restorations into a destination instance.</summary>
[TestFixture]
[Category("Target")]
public sealed class RestoreTests : TargetFixture
{
    private const string DataNode = "f4e2949e9b9b4d60b42c89ed39bfe34cin01";
    private const string NoInstance = "00000000000000000000000000000000in09";
    private static string Metadata(string backupId, string target)
        => $$$"""{"source":{"backup_id":"{{{backupId}}}"},"target":{"instance_id":"{{{target}}}","data_nodes":["{{{DataNode}}}"]}}""";

    private static string ToInstance(long restoreTime, string target)
        => $$$"""{"source":{"restore_time":{{{restoreTime}}}},"target":{"instance_id":"{{{target}}}"},"data_node_relations":[{"source_instance_id":"{{{DataNode}}}","target_instance_id":"{{{DataNode}}}"}]}""";

    private async Task<string> FirstBackupAsync(string instanceId)
    {
        var (_, list) = await Client.SendAsync(HttpMethod.Get, "/v3/{p}/backups?limit=128");
        return (string)list!["backups"]!.AsArray().First(b => (string?)b!["instance_id"] == instanceId)!["id"]!;
    }

    [Test]
    public async Task RestoringMetadataPutsTheDestinationIntoRestoreUntilTheJobIsDone()
    {
        var source = await Client.RunningInstanceAsync(nodes: 1);
        var destination = await Client.RunningInstanceAsync(nodes: 1);
        var (status, body) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{source}/backups/metadata-recovery",
            Metadata(await FirstBackupAsync(source), destination));
        var during = await Client.DetailsAsync(destination);
        var sourceDuring = await Client.DetailsAsync(source);
        var after = await Client.StatusAsync(destination, "RUNNING");
        Assert.Multiple(() =>
        {
            Assert.That((status, body!["job_id"] is not null), Is.EqualTo((202, true)));
            Assert.That((string?)during["status"], Is.EqualTo("RESTORE"));
            Assert.That((string?)sourceDuring["status"], Is.EqualTo("RUNNING"));
            Assert.That((string?)after["status"], Is.EqualTo("RUNNING"));
        });
    }

    [Test]
    public async Task RestoringToANewInstanceRestoresARealInstanceThatTheInstanceListShows()
    {
        var source = await Client.RunningInstanceAsync(nodes: 1);
        var destination = await Client.RunningInstanceAsync(nodes: 1);
        var (_, targets) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{source}/backups/restorable-instances");
        var (status, _) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{source}/backups/recovery",
            ToInstance(DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds(), destination));
        var (_, list) = await Client.SendAsync(HttpMethod.Get, "/v1/{p}/instances");
        Assert.Multiple(() =>
        {
            Assert.That(targets!["instances"]!.AsArray().Select(i => (string?)i!["instance_id"]), Does.Contain(destination));
            Assert.That(status, Is.EqualTo(202));
            Assert.That(list!["instances"]!.AsArray().Single(i => (string?)i!["id"] == destination)!["status"]!.GetValue<string>(), Is.EqualTo("RESTORE"));
        });
    }

    [Test]
    public async Task ADestinationThatIsNoInstanceOfTheProjectYieldsDbs300372()
    {
        var source = await Client.RunningInstanceAsync(nodes: 1);
        var backup = await FirstBackupAsync(source);
        var (metadata, m) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{source}/backups/metadata-recovery", Metadata(backup, NoInstance));
        var (recovery, r) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{source}/backups/recovery",
            ToInstance(DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds(), NoInstance));
        var (nodes, n) = await Client.SendAsync(HttpMethod.Get,
            $"/v3/{{p}}/instances/{source}/backups/restorable-data-node?target_instance_id={NoInstance}&source_dn_instance_id={DataNode}&restore_time=1747730765390");
        Assert.Multiple(() =>
        {
            Assert.That((metadata, (string?)m!["error_code"]), Is.EqualTo((400, "DBS.300372")));
            Assert.That((recovery, (string?)r!["error_code"]), Is.EqualTo((400, "DBS.300372")));
            Assert.That((nodes, (string?)n!["error_code"]), Is.EqualTo((400, "DBS.300372")));
        });
    }

    [Test]
    public async Task ARestoreTimeOutsideTheRestorableRangeIsAParameterError()
    {
        var source = await Client.RunningInstanceAsync(nodes: 1);
        var destination = await Client.RunningInstanceAsync(nodes: 1);
        var (status, body) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{source}/backups/recovery",
            ToInstance(DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds(), destination));
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.280001")));
    }

    [Test]
    public async Task ABusyDestinationRefusesARestoreWithDbs200076()
    {
        // A target of its own whose purchases take seconds, not milliseconds: the destination is certainly still
        // CREATING when the restore arrives (with the fixture's 50 ms it sometimes was not, on a loaded machine).
        await using var slow = await RunningTarget.StartAsync(new ReferenceTargetOptions { Token = Token, ProvisioningDelay = TimeSpan.FromSeconds(3) });
        var slowClient = slow.Client;
        var source = await slowClient.RunningInstanceAsync(nodes: 1);
        var (_, backups) = await slowClient.SendAsync(HttpMethod.Get, $"/v3/{{p}}/backups?instance_id={source}");
        var backup = (string)backups!["backups"]![0]!["id"]!;
        var (_, bought) = await slowClient.SendAsync(HttpMethod.Post, "/v1/{p}/instances", ProjectClient.Purchase(1));
        var (status, body) = await slowClient.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{source}/backups/metadata-recovery",
            Metadata(backup, (string)bought!["id"]!));
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.200076")));
    }
}
