using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DdmConformance.Api;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Engine;

/// <summary>What the suite promises a vendor about their endpoint: modes are honoured, credentials work both ways.</summary>
[TestFixture]
[Category("Safety")]
public sealed class SafetyTests
{
    [Test]
    public async Task AReadOnlyRunSendsNoMutatingRequestAndCreatesNothing()
    {
        await using var server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions());
        await using (var session = new ConformanceSession(SuiteRun.Options(server.BaseUrl, server) with { Mode = RunMode.ReadOnly }, ApiCatalog.All))
        {
            await session.RunAllAsync(CancellationToken.None);
            await session.CleanupAsync();
            var methods = session.Result().Cases.SelectMany(c => c.Exchanges).Select(e => e.Method).Distinct().ToList();
            Assert.That(methods, Is.SubsetOf(new[] { "GET", "HEAD" }), "the transcript shows only reads");
        }
        Assert.That(await InstanceCountAsync(server), Is.EqualTo(0), "nothing was created on the target");
    }

    [Test]
    public async Task AnAkSkSignedRunPassesWhereATokenRunPasses()
    {
        var options = SuiteRun.TargetOptions() with { AccessKey = "AKIDEXAMPLE0001", SecretKey = "sk-example-secret-value" };
        await using var server = await ReferenceServer.StartAsync(options);
        var runOptions = SuiteRun.Options(server.BaseUrl, server) with { Token = null, AccessKey = options.AccessKey, SecretKey = options.SecretKey };
        await using var session = new ConformanceSession(runOptions, ApiCatalog.All);
        await session.RunAllAsync(CancellationToken.None);
        await session.CleanupAsync();
        var result = session.Result();
        var authCases = result.Cases.Where(c => c.CaseId.Contains("/auth/")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Deviations.Select(d => $"{d.Case}: {d.Check} {d.Actual}"), Is.Empty);
            Assert.That(authCases.Select(c => c.Outcome), Is.All.EqualTo(global::DdmConformance.Engine.Results.CaseOutcome.Passed), "bad signatures are refused");
            Assert.That(result.Cases.SelectMany(c => c.Exchanges).SelectMany(e => e.RequestHeaders).Select(h => h.Value),
                Has.None.Contains(options.SecretKey), "the secret key never reaches a transcript");
        });
    }

    [Test]
    public async Task AThrottlingTargetIsWaitedOutAndNo429CountsAsADeviation()
    {
        // The gateway's limit with a short window, so that the run meets 429s often and still ends quickly.
        var options = SuiteRun.TargetOptions() with { RateLimitPerMinute = 25, RateLimitWindow = TimeSpan.FromSeconds(2) };
        await using var server = await ReferenceServer.StartAsync(options);
        await using var session = new ConformanceSession(SuiteRun.Options(server.BaseUrl, server) with { Tags = ["Instances"], MaxRetries = 10 }, ApiCatalog.All);
        await session.RunAllAsync(CancellationToken.None);
        await session.CleanupAsync();
        var result = session.Result();
        var throttled = result.ThrottledAnswers;
        Assert.Multiple(() =>
        {
            Assert.That(throttled, Is.GreaterThan(0), "the target did throttle");
            Assert.That(result.Deviations.Where(d => d.Actual.Contains("429")).Select(d => d.Case), Is.Empty);
            Assert.That(result.Deviations.Select(d => $"{d.Case}: {d.Check} {d.Actual}"), Is.Empty);
        });
    }

    public static async Task<int> InstanceCountAsync(ReferenceServer server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Add("X-Auth-Token", SuiteRun.Token);
        var list = await http.GetFromJsonAsync<JsonObject>($"v1/{SuiteRun.ProjectId}/instances?limit=128");
        return (list?["instances"] as JsonArray)?.Count(i => i?["order_id"] is null) ?? -1;
    }
}
