using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target.Monitoring;

/// <summary>4.6.1 as a client sees it: the instance's own slow queries, reproducible, within the documented ranges.</summary>
[TestFixture]
[Category("Target")]
public sealed class SlowLogTests : TargetFixture
{
    protected override ReferenceTargetOptions Options => new() { Token = Token, ProvisioningDelay = TimeSpan.FromMilliseconds(50) };

    private Task<(int Status, JsonNode? Body)> SlowLogAsync(string id, DateTimeOffset from, DateTimeOffset to, int page = 1, int perPage = 10)
        => Client.SendAsync(HttpMethod.Get,
            $"/v2/{{p}}/instances/{id}/slowlog?curPage={page}&perPage={perPage}&startDate={from.ToUnixTimeMilliseconds()}&endDate={to.ToUnixTimeMilliseconds()}");

    [Test]
    public async Task AnInstanceLogsItsWarmUpQueriesAndTheSameRangeGivesTheSameEntries()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var now = DateTimeOffset.UtcNow;
        var (status, first) = await SlowLogAsync(id, now.AddHours(-1), now.AddSeconds(1));
        var (_, again) = await SlowLogAsync(id, now.AddHours(-1), now.AddSeconds(1));
        var (_, before) = await SlowLogAsync(id, now.AddDays(-3), now.AddDays(-2));
        var entry = first!["slowLogList"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That((int?)first["totalRecord"], Is.GreaterThanOrEqualTo(3));
            Assert.That(JsonNode.DeepEquals(first, again), Is.True, "the load is seeded by instance id and time");
            Assert.That(int.Parse((string)entry["time"]!), Is.GreaterThanOrEqualTo(1000), "slow means over a second");
            Assert.That((string?)entry["logTime"], Does.Match(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000$"));
            Assert.That((string?)entry["shards"], Does.StartWith((string?)entry["database"] + "_"));
            Assert.That((int?)before!["totalRecord"], Is.Zero, "nothing was logged before the instance existed");
        });
    }

    [Test]
    public async Task PagesHoldPerPageEntries()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var now = DateTimeOffset.UtcNow;
        var (_, all) = await SlowLogAsync(id, now.AddHours(-1), now.AddSeconds(1), perPage: 100);
        var (_, second) = await SlowLogAsync(id, now.AddHours(-1), now.AddSeconds(1), page: 2, perPage: 1);
        Assert.That(JsonNode.DeepEquals(second!["slowLogList"]![0], all!["slowLogList"]![1]), Is.True);
    }

    [TestCase(8, 1, 10, TestName = "A range longer than 7 days is a parameter error (v1 body)")]
    [TestCase(-1, 1, 10, TestName = "An end before the start is a parameter error (v1 body)")]
    [TestCase(1, 0, 10, TestName = "curPage 0 is a parameter error (v1 body)")]
    [TestCase(1, 1, 0, TestName = "perPage 0 is a parameter error (v1 body)")]
    public async Task OutOfRangeQueriesAreParameterErrors(int days, int page, int perPage)
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var now = DateTimeOffset.UtcNow;
        var (status, error) = await SlowLogAsync(id, now, now.AddDays(days), page, perPage);
        Assert.That((status, (string?)error!["errCode"]), Is.EqualTo((400, "DBS.280001")));
    }

    [Test]
    public async Task EveryParameterIsMandatory()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (status, error) = await Client.SendAsync(HttpMethod.Get, $"/v2/{{p}}/instances/{id}/slowlog?curPage=1&perPage=10");
        Assert.That((status, (string?)error!["errCode"]), Is.EqualTo((400, "DBS.280001")));
    }
}
