namespace DdmConformance.Tests.Target.Parameters;

/// <summary>
/// Instance parameters (4.10.3 v3, 4.10.4 v3.1) and applying a template at purchase (4.2.1 param_group_id,
/// 4.10.7, 4.10.10): the changes show in 4.2.23.
/// </summary>
[TestFixture]
[Category("Target")]
public sealed class InstanceParameterTests : ParameterTargetFixture
{
    [Test]
    public async Task TheV3ChangeRunsAsAJobThenShowsInTheInstanceParameters()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (status, answer) = await Client.SendAsync(HttpMethod.Put, $"/v3/{{p}}/instances/{id}/configurations", """{"values":{"long_query_time":"2"}}""");
        var during = await Client.DetailsAsync(id);
        var duringValue = await InstanceParameterAsync(id, "long_query_time");
        await Client.StatusAsync(id, "RUNNING");
        var afterValue = await InstanceParameterAsync(id, "long_query_time");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That((string?)answer!["jobId"], Is.Not.Empty);
            Assert.That((bool?)answer["needRestart"], Is.False);
            Assert.That((string?)during["status"], Is.EqualTo("SET_CONFIGURATION"));
            Assert.That(duringValue, Is.EqualTo("1"), "the value holds when the job completes");
            Assert.That(afterValue, Is.EqualTo("2"));
        });
    }

    [Test]
    public async Task TheV31ChangeHoldsAtOnceAndSaysWhetherARestartIsNeeded()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (status, answer) = await Client.SendAsync(HttpMethod.Put, $"/v3.1/{{p}}/instances/{id}/configurations",
            """{"values":{"collation_server":"utf8mb4_bin","":"ignored"},"name":"my-params"}""");
        var (_, parameters) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/configurations");
        var collation = await InstanceParameterAsync(id, "collation_server");
        var details = await Client.DetailsAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That((status, (bool?)answer!["need_restart"]), Is.EqualTo((200, (bool?)true)));
            Assert.That((string?)parameters!["name"], Is.EqualTo("my-params"));
            Assert.That(collation, Is.EqualTo("utf8mb4_bin"));
            Assert.That((string?)details["status"], Is.EqualTo("RUNNING"));
        });
    }

    [TestCase("/v3", """{"values":{"long_query_time":"11"}}""", "Invalid long_query_time.")]
    [TestCase("/v3.1", """{"values":{"connection_idle_timeout":"59"}}""", "Invalid connection_idle_timeout.")]
    [TestCase("/v3.1", """{"values":{"ddl_flowcontrol_threshold":"100"}}""", "Invalid ddl_flowcontrol_threshold.")]
    public async Task AValueOutsideItsRangeYieldsDbs300375(string version, string body, string message)
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (status, error) = await Client.SendAsync(HttpMethod.Put, $"{version}/{{p}}/instances/{id}/configurations", body);
        Assert.That((status, ErrorCode(error), (string?)error!["error_msg"]), Is.EqualTo((400, "DBS.300375", message)));
    }

    [Test]
    public async Task ABusyInstanceRefusesParameterChangesWithDbs200076()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        await Client.SendAsync(HttpMethod.Put, $"/v3/{{p}}/instances/{id}/configurations", """{"values":{"sql_audit":"OFF"}}""");
        var (v3, e3) = await Client.SendAsync(HttpMethod.Put, $"/v3/{{p}}/instances/{id}/configurations", """{"values":{"sql_audit":"ON"}}""");
        var (v31, e31) = await Client.SendAsync(HttpMethod.Put, $"/v3.1/{{p}}/instances/{id}/configurations", """{"values":{"sql_audit":"ON"}}""");
        Assert.That(new[] { (v3, ErrorCode(e3)), (v31, ErrorCode(e31)) }, Is.All.EqualTo((400, "DBS.200076")));
    }

    [Test]
    public async Task AnInstanceBoughtWithATemplateStartsWithItsValuesAndTheTemplateRecordsIt()
    {
        var template = await CreateTemplateAsync("param-a", """{"max_connections":"500"}""");
        var purchase = ProjectClient.Purchase(1).Replace("\"subnet_id\":\"subnet\"", $"\"subnet_id\":\"subnet\",\"param_group_id\":\"{template}\"", StringComparison.Ordinal);
        var (_, bought) = await Client.SendAsync(HttpMethod.Post, "/v1/{p}/instances", purchase);
        var id = (string)bought!["id"]!;
        var (_, applying) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/{template}/apply-histories");
        await Client.StatusAsync(id, "RUNNING");
        var (_, applied) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/{template}/apply-histories");
        var (_, applicable) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/{template}/query-instances");
        var maxConnections = await InstanceParameterAsync(id, "max_connections");
        Assert.Multiple(() =>
        {
            Assert.That(maxConnections, Is.EqualTo("500"));
            Assert.That((string?)applying!["histories"]![0]!["apply_result"], Is.EqualTo("APPLYING"));
            Assert.That(((string?)applied!["histories"]![0]!["target_id"], (string?)applied["histories"]![0]!["apply_result"], (int?)applied["total"]),
                Is.EqualTo((id, "SUCCESS", (int?)1)));
            Assert.That(applicable!["entities"]!.AsArray().Select(e => (string?)e!["instance_id"]), Is.EqualTo(new[] { id }));
        });
    }

    [Test]
    public async Task AnUnknownTemplateOrInstanceInThePathYields404()
    {
        var (template, _) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/0123456789abcdef0123456789abcdefpr09/apply-histories");
        var (instance, _) = await Client.SendAsync(HttpMethod.Put, "/v3/{p}/instances/0123456789abcdef0123456789abcdefin09/configurations", """{"values":{}}""");
        Assert.That((template, instance), Is.EqualTo((404, 404)));
    }
}
