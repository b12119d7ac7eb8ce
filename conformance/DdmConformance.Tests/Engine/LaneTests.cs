using DdmConformance.Api;
using DdmConformance.Engine.Configuration;
using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Engine;

/// <summary>
/// Lanes (one API each) run at the same time, yet a run reads as if it had run in plan order: the same cases in
/// the same order with the same outcomes, observers called one at a time, and cleanup after every lane.
/// </summary>
[TestFixture]
[Category("Lanes")]
public sealed class LaneTests
{
    // Four lanes, short: the side APIs whole and one DDM chapter. DmsRegisterInstance's only tag is "Instances",
    // which would pull in DDM's largest chapter as well, so it is left to the observer test.
    private static readonly string[] MixedApis = ["Das", "Dbss", "DmsRegisterUser", "Ddm"];
    private static readonly string[] MixedTags = ["Connections", "Databases", "Users", "Sessions"];
    private static readonly string[] SideApis = ["Das", "Dbss", "DmsRegisterInstance", "DmsRegisterUser"];

    [Test]
    public async Task OneLaneAndFourLanesGiveTheSameCasesInTheSameOrderWithTheSameOutcomes()
    {
        var sequential = await RunAsync(1, MixedApis, MixedTags);
        var parallel = await RunAsync(4, MixedApis, MixedTags);
        Assert.Multiple(() =>
        {
            Assert.That(parallel.Lanes, Is.EqualTo(4), "the run had four lanes to spread");
            Assert.That(parallel.Observer.LanesOverlapped, Is.True, "with four lanes allowed, lanes ran at the same time");
            Assert.That(sequential.Observer.LanesOverlapped, Is.False, "with one lane allowed, one lane ran after the other");
            Assert.That(parallel.Result.Cases.Select(c => c.CaseId), Is.EqualTo(sequential.Result.Cases.Select(c => c.CaseId)), "same cases, same order");
            Assert.That(parallel.Result.Cases.Select(c => c.CaseId), Is.EqualTo(parallel.PlanIds), "plan order");
            Assert.That(parallel.Result.Cases.Select(c => $"{c.CaseId}: {c.Outcome}"), Is.EqualTo(sequential.Result.Cases.Select(c => $"{c.CaseId}: {c.Outcome}")), "same outcomes");
            Assert.That(parallel.Result.Failed, Is.EqualTo(0), string.Join("\n", parallel.Result.Deviations.Select(d => $"{d.Case}: {d.Check} {d.Actual}")));
            Assert.That(parallel.Result.Cases.Count(c => c.Outcome == CaseOutcome.Skipped), Is.EqualTo(0), "nothing was skipped");
            Assert.That(parallel.Result.Parallelism, Is.EqualTo(4));
        });
    }

    [Test]
    public async Task ObserverCallsNeverOverlapAndEveryCaseStartsAndFinishesOnce()
    {
        var run = await RunAsync(4, SideApis, []);
        var observer = run.Observer;
        var all = Enumerable.Range(0, run.PlanIds.Count).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(observer.LanesOverlapped, Is.True, "lanes ran at the same time, so calls could have overlapped");
            Assert.That(observer.ConcurrentEntries, Is.EqualTo(0), "no call entered while another was inside");
            Assert.That(observer.Started.Order(), Is.EqualTo(all), "every plan position started once");
            Assert.That(observer.Finished.Order(), Is.EqualTo(all), "every plan position finished once");
            Assert.That(observer.FinishedBeforeStart, Is.EqualTo(0), "no case finished before it started");
            Assert.That(run.Result.Deviations.Select(d => $"{d.Case}: {d.Check} {d.Actual}"), Is.Empty, "the two DMS actions share one tenant on the target, and still do not disturb each other");
        });
    }

    [Test]
    public async Task ACancelledParallelRunGivesEveryCaseAResultAndLeavesNothingBehind()
    {
        await using var server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions() with { ProvisioningDelay = TimeSpan.FromMilliseconds(400) });
        using var cancel = new CancellationTokenSource();
        // Cancelled once the DDM lane holds instances and the other lanes are under way.
        var observer = new RecordingObserver(onFinished: count => { if (count == 40) cancel.Cancel(); });
        var options = SuiteRun.Options(server.BaseUrl, server) with { Parallelism = 4, Tags = ["Instances", "Connections", "Databases"] };
        RunResult result;
        await using (var session = new ConformanceSession(options, ApiCatalog.All, observer: observer))
        {
            await session.RunAllAsync(cancel.Token);
            await session.CleanupAsync();
            result = session.Result();
            Assert.That(session.Leftovers, Is.Empty, "the ledger is empty after cleanup");
            Assert.That(result.Cases.Select(c => c.CaseId), Is.EqualTo(session.Plan.Select(p => p.CaseId)), "every case has a result, in plan order");
        }
        Assert.Multiple(async () =>
        {
            Assert.That(result.Aborted, Is.EqualTo("the run was cancelled"));
            Assert.That(result.Cases.Count(c => c.SkipReason == "the run was cancelled"), Is.GreaterThan(0));
            Assert.That(await SafetyTests.InstanceCountAsync(server), Is.EqualTo(0), "every instance the run bought was deleted");
        });
    }

    private sealed record LaneRun(RunResult Result, RecordingObserver Observer, IReadOnlyList<string> PlanIds, int Lanes);

    private static async Task<LaneRun> RunAsync(int parallelism, string[] apis, string[] tags)
    {
        await using var server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions());
        var observer = new RecordingObserver();
        var options = SuiteRun.Options(server.BaseUrl, server) with { Parallelism = parallelism, Apis = apis, Tags = tags };
        await using var session = new ConformanceSession(options, ApiCatalog.All, observer: observer);
        await session.RunAllAsync(CancellationToken.None);
        await session.CleanupAsync();
        return new LaneRun(session.Result(), observer, session.Plan.Select(p => p.CaseId).ToList(), session.Lanes.Count);
    }

    /// <summary>
    /// Records every call, and counts calls that entered while another was still inside: each call lingers a
    /// little so that unserialised calls from two lanes would meet.
    /// </summary>
    private sealed class RecordingObserver(Action<int>? onFinished = null) : IRunObserver
    {
        private int inside;
        private int concurrentEntries;
        private readonly Dictionary<string, (DateTime First, DateTime Last)> lanes = new(StringComparer.Ordinal);

        public int ConcurrentEntries => concurrentEntries;
        public int FinishedBeforeStart { get; private set; }
        public List<int> Started { get; } = [];
        public List<int> Finished { get; } = [];

        /// <summary>Whether the time from a lane's first start to its last finish met another lane's.</summary>
        public bool LanesOverlapped => lanes.Values.Any(a => lanes.Values.Any(b => a != b && a.First < b.Last && b.First < a.Last));

        public void CaseStarted(PlannedCase planned, int index, int total) => Enter(() =>
        {
            Started.Add(index);
            var now = DateTime.UtcNow;
            lanes[planned.Api.Name] = lanes.TryGetValue(planned.Api.Name, out var span) ? span with { Last = now } : (now, now);
        });

        public void CaseFinished(CaseResult result, int index, int total) => Enter(() =>
        {
            if (!Started.Contains(index)) FinishedBeforeStart++;
            Finished.Add(index);
            lanes[result.Api] = lanes[result.Api] with { Last = DateTime.UtcNow };
            onFinished?.Invoke(Finished.Count);
        });

        public void Message(string text) => Enter(() => { });

        private void Enter(Action record)
        {
            if (Interlocked.Increment(ref inside) != 1) Interlocked.Increment(ref concurrentEntries);
            try
            {
                Thread.Sleep(1);
                record();
            }
            finally
            {
                Interlocked.Decrement(ref inside);
            }
        }
    }
}
