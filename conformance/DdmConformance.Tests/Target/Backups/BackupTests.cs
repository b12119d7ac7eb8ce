using System.Text.Json.Nodes;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Backups;

/// <summary>The reference target's 4.9.1–4.9.5: the backups an instance has, their details, deletion, restorable range.</summary>
[TestFixture]
[Category("Target")]
public sealed class BackupTests : TargetFixture
{
    private async Task<List<JsonNode>> BackupsOfAsync(string instanceId)
    {
        var (_, list) = await Client.SendAsync(HttpMethod.Get, "/v3/{p}/backups?limit=128");
        return list!["backups"]!.AsArray().Where(b => (string?)b!["instance_id"] == instanceId).Select(b => b!).ToList();
    }

    [Test]
    public async Task ARunningInstanceHasTheSeededBackupThenItsFirstScheduledOneOldestFirst()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var backups = await BackupsOfAsync(id);
        var (status, details) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/{(string)backups[1]["id"]!}");
        Assert.Multiple(() =>
        {
            Assert.That(backups.Select(b => (string?)b["backup_type"]), Is.EqualTo(new[] { "auto_metadata", "auto_metadata" }));
            Assert.That((string?)backups[0]["created"], Is.EqualTo("2025-02-19T02:50:20+0000"));
            Assert.That((string?)backups[1]["instance_status"], Is.EqualTo("normal"));
            Assert.That(status, Is.EqualTo(200));
            Assert.That((string?)details!["instance_id"], Is.EqualTo(id));
            Assert.That(details["related_data_nodes"]!.AsArray(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task LiteralSubPathsWinOverTheBackupIdTemplate()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (related, body) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/related-dn?restore_time=1747728424956");
        var (intervals, _) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/restorable-time-interval");
        // A literal path that only has POST answers 405, not showBackup's 404 for a backup named "recovery".
        var (recovery, _) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/recovery");
        var (unknown, _) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/0123456789abcdef0123456789abcdefbr09");
        Assert.Multiple(() =>
        {
            Assert.That(related, Is.EqualTo(200));
            Assert.That(body!["related_data_nodes"]!.AsArray(), Is.Not.Empty);
            Assert.That(intervals, Is.EqualTo(200));
            Assert.That(recovery, Is.EqualTo(405));
            Assert.That(unknown, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task DeletingTheOldestBackupMovesTheStartOfTheRestorableRange()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var seeded = (string)(await BackupsOfAsync(id))[0]["id"]!;
        var (deleted, job) = await Client.SendAsync(HttpMethod.Delete, $"/v3/{{p}}/backups/{seeded}");
        var (shown, _) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/{seeded}");
        var (again, _) = await Client.SendAsync(HttpMethod.Delete, $"/v3/{{p}}/backups/{seeded}");
        var (_, range) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/restorable-time-interval");
        var (past, refusal) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/backups/related-dn?restore_time=1747728424956");
        Assert.Multiple(() =>
        {
            Assert.That((deleted, job!["job_id"] is not null), Is.EqualTo((202, true)));
            Assert.That((shown, again), Is.EqualTo((404, 404)));
            Assert.That((string?)range!["restorable_time_intervals"]![0]!["start_time"], Does.Not.StartWith("2025"));
            Assert.That((past, (string?)refusal!["error_code"]), Is.EqualTo((400, "DBS.280001")));
        });
    }

    [Test]
    public async Task ADeletedInstanceKeepsItsBackupsAndGetsOneTakenBeforeDeletion()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        await Client.SendAsync(HttpMethod.Delete, $"/v1/{{p}}/instances/{id}");
        var backups = await BackupsOfAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(backups.Select(b => (string?)b["backup_type"]), Is.EqualTo(new[] { "auto_metadata", "auto_metadata", "metadata" }));
            Assert.That(backups.Select(b => (string?)b["instance_status"]), Is.All.EqualTo("deleted"));
        });
    }

    [Test]
    public async Task AnotherInstancesBackupIsNotFoundUnderThisInstance()
    {
        var first = await Client.RunningInstanceAsync(nodes: 1);
        var second = await Client.RunningInstanceAsync(nodes: 1);
        var backup = (string)(await BackupsOfAsync(first))[0]["id"]!;
        var (status, body) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{second}/backups/{backup}");
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((404, "DBS.280001")));
    }
}
