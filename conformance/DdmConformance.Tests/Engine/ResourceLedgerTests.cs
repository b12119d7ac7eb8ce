using DdmConformance.Engine.Lifecycle;

namespace DdmConformance.Tests.Engine;

/// <summary>One ledger serves every lane: what lanes record and remove at the same time is neither lost nor kept by mistake.</summary>
[TestFixture]
[Category("Lanes")]
public sealed class ResourceLedgerTests
{
    [Test]
    public async Task LanesRecordingAndRemovingAtOnceLeaveExactlyWhatWasNotRemovedInMemoryAndOnDisk()
    {
        var path = Path.Combine(Path.GetTempPath(), "ddm-ledger-" + Guid.NewGuid().ToString("N")[..8], "ledger.json");
        var ledger = new ResourceLedger(path);
        const int lanes = 6, perLane = 40;
        static string Id(int lane, int i) => $"lane{lane}-res{i}";

        // Each lane records its resources and removes every other one as soon as it has recorded it.
        await Task.WhenAll(Enumerable.Range(0, lanes).Select(lane => Task.Run(() =>
        {
            for (var i = 0; i < perLane; i++)
            {
                ledger.Add(new CreatedResource("Api" + lane, "instance_id", Id(lane, i), "createInstance", DateTimeOffset.UtcNow));
                if (i % 2 == 1) ledger.Remove("instance_id", Id(lane, i - 1));
            }
        })));

        var expected = Enumerable.Range(0, lanes).SelectMany(lane => Enumerable.Range(0, perLane).Where(i => i % 2 == 1).Select(i => Id(lane, i))).Order().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ledger.Outstanding.Select(r => r.Value).Order(), Is.EqualTo(expected), "in memory");
            Assert.That(new ResourceLedger(path).Outstanding.Select(r => r.Value).Order(), Is.EqualTo(expected), "the file a killed run would leave");
        });
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
