using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Tasks;

/// <summary>4.5 as a client sees it: every job id an operation returns can be looked up and is listed, truthfully.</summary>
[TestFixture]
[Category("Target")]
public sealed class TaskTests : TargetFixture
{
    protected override ReferenceTargetOptions Options => base.Options with { ChangeDelay = TimeSpan.FromMilliseconds(400) };

    private static long Millis(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private Task<(int Status, JsonNode? Body)> ListAsync(DateTimeOffset from, DateTimeOffset to, string extra = "")
        => Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/jobs?start_time={Millis(from)}&end_time={Millis(to)}{extra}");

    [Test]
    public async Task AV3ChangesJobIsRunningThenCompletedWhenPolledWithShowJob()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (_, accepted) = await Client.SendAsync(HttpMethod.Put, $"/v3/{{p}}/instances/{id}/name", """{"name":"renamed-1"}""");
        var jobId = (string)accepted!["job_id"]!;
        var (status, running) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/jobs/{jobId}");
        await Task.Delay(600);
        var (_, done) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/jobs/{jobId}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That((string?)running!["job"]!["status"], Is.EqualTo("Running"));
            Assert.That((string?)running["job"]!["process"], Does.EndWith("%"));
            Assert.That((string?)running["job"]!["name"], Is.EqualTo("ModifyName"));
            Assert.That((string?)running["job"]!["instance"]!["id"], Is.EqualTo(id));
            Assert.That((string?)done!["job"]!["status"], Is.EqualTo("Completed"));
            Assert.That((string?)done["job"]!["process"], Is.Empty, "Table 4-412: \"\" once the task is no longer executed");
        });
    }

    [Test]
    public async Task TheJobOfABoughtInstanceIsCreateInstance()
    {
        var (_, bought) = await Client.SendAsync(HttpMethod.Post, "/v1/{p}/instances", ProjectClient.Purchase(1));
        var (_, job) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/jobs/{(string)bought!["job_id"]!}");
        Assert.That(((string?)job!["job"]!["name"], (string?)job["job"]!["instance"]!["id"]), Is.EqualTo(("CreateInstance", (string?)bought["id"])));
    }

    [Test]
    public async Task ListJobsShowsTheJobsCreatedInTheRangeNewestFirstAndPages()
    {
        var before = DateTimeOffset.UtcNow;
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (_, accepted) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/switch-ssl", """{"ssl_enabled":true}""");
        var after = DateTimeOffset.UtcNow.AddSeconds(1);
        var (status, all) = await ListAsync(before.AddSeconds(-1), after);
        var (_, page) = await ListAsync(before.AddSeconds(-1), after, "&limit=1&offset=1");
        var (_, earlier) = await ListAsync(before.AddDays(-2), before.AddDays(-1));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That((int?)all!["total"], Is.EqualTo(2));
            Assert.That(all["jobs"]!.AsArray().Select(j => (string?)j!["name"]), Is.EqualTo(new[] { "SwitchSsl", "CreateInstance" }));
            Assert.That((string?)all["jobs"]![0]!["id"], Is.EqualTo((string?)accepted!["job_id"]));
            Assert.That(((int?)page!["total"], page["jobs"]!.AsArray().Count, (string?)page["jobs"]![0]!["name"]), Is.EqualTo((2, 1, "CreateInstance")));
            Assert.That(((int?)page["offset"], (int?)page["limit"]), Is.EqualTo((1, 1)));
            Assert.That((int?)earlier!["total"], Is.Zero);
        });
    }

    [Test]
    public async Task ARangeStartingMoreThan30DaysAgoOrEndingBeforeItStartsIsAParameterError()
    {
        var now = DateTimeOffset.UtcNow;
        var (tooOld, old) = await ListAsync(now.AddDays(-31), now);
        var (backwards, reversed) = await ListAsync(now, now.AddHours(-1));
        var (missing, none) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/jobs?start_time={Millis(now)}");
        Assert.Multiple(() =>
        {
            Assert.That((tooOld, (string?)old!["error_code"]), Is.EqualTo((400, "DBS.280001")));
            Assert.That((backwards, (string?)reversed!["error_code"]), Is.EqualTo((400, "DBS.280001")));
            Assert.That((missing, (string?)none!["error_code"]), Is.EqualTo((400, "DBS.280001")));
        });
    }

    [Test]
    public async Task AJobIdTheProjectNeverHadIs404()
    {
        var (_, bought) = await Client.SendAsync(HttpMethod.Post, "/v1/{p}/instances", ProjectClient.Purchase(1));
        var (unknown, error) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/jobs/{Guid.NewGuid()}");
        var (otherProject, _) = await Client.SendAsync(HttpMethod.Get, $"/v3/0000000000000000000000000000beef/jobs/{(string)bought!["job_id"]!}");
        Assert.Multiple(() =>
        {
            Assert.That((unknown, (string?)error!["error_code"]), Is.EqualTo((404, "DBS.280001")));
            Assert.That(otherProject, Is.EqualTo(404), "jobs are per project");
        });
    }
}
