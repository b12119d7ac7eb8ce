using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Sessions;

/// <summary>4.7 as a client sees it: sessions from the instance's own load; a kill removes them and is audited.</summary>
[TestFixture]
[Category("Target")]
public sealed class SessionTests : TargetFixture
{
    protected override ReferenceTargetOptions Options => new()
    {
        Token = Token,
        ProvisioningDelay = TimeSpan.FromMilliseconds(50),
        RestartDelay = TimeSpan.FromMilliseconds(300),
    };

    private async Task<JsonArray> ListAsync(string id, string kind, string query = "limit=128")
        => (await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/{kind}-processes?{query}")).Body![$"{kind}_processes"]!.AsArray();

    private Task<(int Status, JsonNode? Body)> KillAsync(string id, string kind, params string[] ids)
        => Client.SendAsync(HttpMethod.Delete, $"/v3/{{p}}/instances/{id}/{kind}-processes",
            new JsonObject { ["process_ids"] = new JsonArray(ids.Select(i => (JsonNode)i).ToArray()) }.ToJsonString());

    private Task<(int Status, JsonNode? Body)> AuditAsync(string id, DateTimeOffset from, DateTimeOffset to)
        => Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/processes-audit-log?start_time={Zoned(from)}&end_time={Zoned(to)}");

    private static string Zoned(DateTimeOffset time)
        => Uri.EscapeDataString(time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss'+0800'", System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public async Task KillingALogicalSessionRemovesItAndWritesAnAuditRecord()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var victim = (string)(await ListAsync(id, "logical"))[2]!["id"]!;
        var (status, answer) = await KillAsync(id, "logical", victim);
        var remaining = await ListAsync(id, "logical");
        var now = DateTimeOffset.UtcNow;
        var (_, audit) = await AuditAsync(id, now.AddHours(-1), now.AddMinutes(1));
        var record = audit!["process_audit_logs"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((status, (string?)answer!["resp"]), Is.EqualTo((200, "successful")));
            Assert.That(remaining.Select(s => (string?)s!["id"]), Does.Not.Contain(victim));
            Assert.That((int?)audit["total_count"], Is.EqualTo(1));
            Assert.That(((string?)record["process_id"], (string?)record["instance_id"], (string?)record["instance_name"]), Is.EqualTo((victim, id, "ddm-test-001")));
            Assert.That((string?)record["execute_time"], Does.EndWith("+0000"));
        });
    }

    [Test]
    public async Task KillingASessionThatIsNotThereYieldsDbs300347AndKillsNothing()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var before = await ListAsync(id, "logical");
        var live = (string)before[0]!["id"]!;
        var (logical, error) = await KillAsync(id, "logical", live, "999999999");
        var (physical, physicalError) = await KillAsync(id, "physical", "999999999");
        var (twice, again) = await KillAsync(id, "physical", "43534");
        var (secondTime, gone) = await KillAsync(id, "physical", "43534");
        Assert.Multiple(() =>
        {
            Assert.That((logical, (string?)error!["error_code"]), Is.EqualTo((400, "DBS.300347")));
            Assert.That((string?)error["error_msg"], Is.EqualTo("Failed to close the connection."));
            Assert.That((physical, (string?)physicalError!["error_code"]), Is.EqualTo((400, "DBS.300347")));
            Assert.That(twice, Is.EqualTo(200));
            Assert.That((secondTime, (string?)gone!["error_code"]), Is.EqualTo((400, "DBS.300347")));
        });
        Assert.That((await ListAsync(id, "logical")).Select(s => (string?)s!["id"]), Does.Contain(live), "all or nothing");
    }

    [TestCase("""{"process_ids":["not-a-session-id"]}""", TestName = "A session id that is not a number is a parameter error")]
    [TestCase("""{"process_ids":[]}""", TestName = "An empty list of session ids is a parameter error")]
    [TestCase("""{"process_ids":"12312"}""", TestName = "process_ids that is not an array is a parameter error")]
    public async Task MalformedKillsAreParameterErrors(string body)
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (status, error) = await Client.SendAsync(HttpMethod.Delete, $"/v3/{{p}}/instances/{id}/logical-processes", body);
        Assert.That((status, (string?)error!["error_code"]), Is.EqualTo((400, "DBS.280001")));
    }

    [Test]
    public async Task ABusyInstanceRefusesAKillWithDbs200076()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/restart");
        var (status, error) = await KillAsync(id, "logical", "12312");
        Assert.That((status, (string?)error!["error_code"]), Is.EqualTo((400, "DBS.200076")));
    }

    [Test]
    public async Task PhysicalSessionsComeFromTheInstancesNodes()
    {
        var id = await Client.RunningInstanceAsync(nodes: 2);
        var (_, nodes) = await Client.SendAsync(HttpMethod.Get, $"/v1/{{p}}/instances/{id}/nodes");
        var nodeIps = nodes!["nodes"]!.AsArray().Select(n => (string)n!["ip"]!).ToHashSet();
        var sessions = await ListAsync(id, "physical");
        Assert.Multiple(() =>
        {
            Assert.That(sessions.Select(s => ((string)s!["host"]!).Split(':')[0]).ToHashSet(), Is.SubsetOf(nodeIps));
            Assert.That(sessions.Select(s => (string?)s!["user"]).Distinct().Single(), Does.StartWith("DDMRW"));
            Assert.That(sessions.All(s => s!["info"] is JsonValue), Is.True, "info is a string, never null");
        });
    }

    [Test]
    public async Task TheSameInstanceAlwaysShowsTheSameSessionsAndKeywordAndLimitFilterThem()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var all = await ListAsync(id, "logical");
        var again = await ListAsync(id, "logical");
        var agent = await ListAsync(id, "logical", "keyword=PROCESSLIST");
        var page = await ListAsync(id, "logical", "offset=1&limit=2");
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(s => (string?)s!["id"]), Is.EqualTo(again.Select(s => (string?)s!["id"])));
            Assert.That(all.Count, Is.GreaterThan(9));
            Assert.That(agent.Select(s => (string?)s!["user"]), Is.EqualTo(new[] { "drdsagent" }));
            Assert.That(page.Select(s => (string?)s!["id"]), Is.EqualTo(all.Skip(1).Take(2).Select(s => (string?)s!["id"])));
        });
    }

    [Test]
    public async Task AnAuditRangeOfMoreThan7DaysIsAParameterError()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var now = DateTimeOffset.UtcNow;
        var (status, error) = await AuditAsync(id, now.AddDays(-8), now);
        var (reversed, backwards) = await AuditAsync(id, now, now.AddHours(-1));
        Assert.Multiple(() =>
        {
            Assert.That((status, (string?)error!["error_code"]), Is.EqualTo((400, "DBS.280001")));
            Assert.That((reversed, (string?)backwards!["error_code"]), Is.EqualTo((400, "DBS.280001")));
        });
    }
}
