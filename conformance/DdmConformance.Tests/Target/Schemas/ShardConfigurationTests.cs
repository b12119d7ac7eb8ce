using System.Text.Json.Nodes;

namespace DdmConformance.Tests.Target.Schemas;

/// <summary>
/// The shard configuration workflow (4.3.13–4.3.22) as a client sees it: pre-check, configuration task,
/// route switch, cancel/roll back/clear/retry, and the A.3 codes each wrong step is answered with.
/// The schema <c>orders</c> has 8 shards on the 4.3.1 RDS instance; the configuration moves it to 9 shards
/// on the 4.3.15 RDS instance.
/// </summary>
[TestFixture]
[Category("Target")]
public sealed class ShardConfigurationTests
{
    private const string Migration = "/v3/{p}/instances/{i}/databases/orders/migration";
    private SchemaClient target = null!;

    [SetUp]
    public async Task Start()
    {
        target = await SchemaClient.StartAsync();
        await target.CreateRunningAsync("orders");
    }

    [TearDown]
    public async Task Stop() => await target.DisposeAsync();

    private static string Body(string number = "\"9\"", string password = "Pa*****4", string extra = "")
        => $$"""{"new_shard_number":{{number}},"data_nodes":[{"id":"{{SchemaClient.ShardRds}}","user":"root","password":"{{password}}"}]{{extra}}}""";

    [Test]
    public async Task APrecheckReportsWrongCredentialsAsAFailedItemAndIsReadBackByItsJobId()
    {
        var (status, body) = await target.SendAsync(HttpMethod.Post, Migration + "/precheck", Body("9", "Not-The-Password-1"));
        var id = (string)body!["job_id"]!;
        var (readStatus, read) = await target.SendAsync(HttpMethod.Get, $"{Migration}/precheck/{id}");
        var (taskStatus, task) = await target.SendAsync(HttpMethod.Get, $"{Migration}/jobs/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(202));
            Assert.That(body["pre_check_results"]!.AsArray().Select(r => (string?)r!["status"]), Does.Contain("FAILED"));
            Assert.That((readStatus, (string?)read!["job_id"]), Is.EqualTo((200, id)));
            Assert.That((taskStatus, (string?)task!["error_code"]), Is.EqualTo((400, "DBS.300379")));
        });
    }

    [TestCase("\"8\"", "DBS.300118", TestName = "A configuration with no more shards and no more data nodes yields DBS.300118")]
    [TestCase("\"65\"", "DBS.280001", TestName = "More than 64 shards per data node yields DBS.280001")]
    public async Task BadShardNumbers(string number, string code)
    {
        var (status, body) = await target.SendAsync(HttpMethod.Post, Migration + "/precheck", Body(number));
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, code)));
    }

    [Test]
    public async Task ConfiguringWithWrongCredentialsYieldsDbs300357()
        => await Expect(HttpMethod.Post, Migration, Body(password: "Wrong_pw_1"), "DBS.300357");

    [TestCase(",\"switch_route_begin_time\":\"18:00:00\",\"switch_route_end_time\":\"17:00:00\"", TestName = "A switch window ending before it starts yields DBS.300377")]
    [TestCase(",\"switch_route_begin_time\":\"17:00:00\",\"switch_route_end_time\":\"17:30:00\"", TestName = "A configuration switch window under 60 minutes yields DBS.300377")]
    [TestCase(",\"switch_route_begin_time\":\"17:00:00\"", TestName = "A switch start without an end yields DBS.300377")]
    [TestCase(",\"switch_route_begin_time\":\"7:00:00\",\"switch_route_end_time\":\"18:00:00\"", TestName = "A switch time not in hh:mm:ss yields DBS.300377")]
    public async Task BadConfigurationWindows(string window)
        => await Expect(HttpMethod.Post, Migration, Body(extra: window), "DBS.300377");

    [Test]
    public async Task TheWholeWorkflowMovesTheSchemaAndEachWrongStepIsRefused()
    {
        var id = await Configure();
        var task = $"{Migration}/jobs/{id}";
        // Migrating: the schema is EXPANDING; nothing but cancel and the policy is allowed.
        var (_, expanding) = await target.SendAsync(HttpMethod.Get, "/v1/{p}/instances/{i}/databases/orders");
        Assert.That((string?)expanding!["database"]!["status"], Is.EqualTo("EXPANDING"));
        await Expect(HttpMethod.Put, task + "/retry", null, "DBS.300123");
        await Expect(HttpMethod.Put, task + "/rollback", null, "DBS.300134");
        await Expect(HttpMethod.Put, task + "/clean", null, "DBS.300130");
        await Expect(HttpMethod.Post, Migration + "/precheck", Body(), "DBS.300130");
        await Expect(HttpMethod.Put, task + "/route-switch-strategy", """{"switch_route_begin_time":"17:00:00","switch_route_end_time":"19:00:00"}""", "DBS.300377");
        var (policy, _) = await target.SendAsync(HttpMethod.Put, task + "/route-switch-strategy", """{"switch_route_begin_time":"03:00:00","switch_route_end_time":"03:30:00"}""");
        var (_, details) = await target.SendAsync(HttpMethod.Get, task);
        Assert.That((policy, (string?)details!["auto_switch_begin_time"], (bool?)details["switch_route_is_manual"]), Is.EqualTo((200, "03:00:00", false)));
        await target.SendAsync(HttpMethod.Put, task + "/route-switch-strategy");

        // Another schema cannot use the destination data node while the task holds it.
        var (busy, busyBody) = await target.SendAsync(HttpMethod.Post, "/v1/{p}/instances/{i}/databases", SchemaClient.V1Body("other", SchemaClient.ShardRds, "Pa*****4"));
        Assert.That((busy, (string?)busyBody!["errCode"]), Is.EqualTo((400, "DBS.300133")));

        // Cancel, retry, and once the data is copied, switch the route.
        await Accepted(task + "/cancel");
        await Expect(HttpMethod.Put, task + "/cancel", null, "DBS.300121");
        await Expect(HttpMethod.Put, task + "/rollback", null, "DBS.300122");
        await Accepted(task + "/retry");
        await Task.Delay(300);
        var (switched, _) = await target.SendAsync(HttpMethod.Put, task + "/route-switch");
        var moved = await target.UntilAsync("/v3/{p}/instances/{i}/databases/orders", b => (string?)b["status"] == "RUNNING");
        Assert.Multiple(() =>
        {
            Assert.That(switched, Is.EqualTo(200));
            Assert.That((int?)moved["shard_number"], Is.EqualTo(9));
            Assert.That(moved["data_nodes"]!.AsArray().Select(n => (string?)n!["id"]), Is.EqualTo(new[] { SchemaClient.ShardRds }));
        });

        // Source data is still there: no new configuration until it is cleared.
        await Expect(HttpMethod.Post, Migration + "/precheck", Body("\"10\""), "DBS.300358");
        await Accepted(task + "/clean");
        await Task.Delay(300);
        var (again, _) = await target.SendAsync(HttpMethod.Post, Migration + "/precheck", Body("\"10\""));
        Assert.That(again, Is.EqualTo(202));
    }

    [Test]
    public async Task RollingBackAfterTheSwitchRestoresTheOriginalLayout()
    {
        var task = $"{Migration}/jobs/{await Configure()}";
        await Task.Delay(300);
        await target.SendAsync(HttpMethod.Put, task + "/route-switch");
        await Expect(HttpMethod.Put, task + "/rollback", null, "DBS.300134"); // the route is still moving
        await Task.Delay(300);
        await Accepted(task + "/rollback");
        var back = await target.UntilAsync("/v3/{p}/instances/{i}/databases/orders", b => (string?)b["status"] == "RUNNING");
        Assert.That(((int?)back["shard_number"], (string?)back["data_nodes"]![0]!["id"]), Is.EqualTo((8, SchemaClient.ExampleRds)));
    }

    [Test]
    public async Task AnUnknownTaskYields404WithDbs300400()
    {
        var (status, body) = await target.SendAsync(HttpMethod.Get, $"{Migration}/jobs/10501cd3-0c19-498b-9ba4-8935ed447542");
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((404, "DBS.300400")));
    }

    private async Task<string> Configure()
    {
        var (status, body) = await target.SendAsync(HttpMethod.Post, Migration, Body());
        Assert.That(status, Is.EqualTo(202), body?.ToJsonString());
        return (string)body!["job_id"]!;
    }

    private async Task Accepted(string path)
    {
        var (status, body) = await target.SendAsync(HttpMethod.Put, path);
        Assert.That(status, Is.EqualTo(202), body?.ToJsonString());
    }

    private async Task Expect(HttpMethod method, string path, string? body, string code)
    {
        var (status, answer) = await target.SendAsync(method, path, body);
        Assert.That((status, (string?)answer?["error_code"]), Is.EqualTo((400, code)), $"{method} {path}: {answer?.ToJsonString()}");
    }
}
