using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Monitoring;

/// <summary>
/// The slow queries an instance has logged, derived from its id and the clock rather than stored: each minute
/// of the instance's life holds zero to two slow queries, seeded by instance id and minute, so a range asked
/// for twice gives the same entries, and entries only exist between the instance's creation and now. Right
/// after creation the application meets cold caches: its first three statements are slow.
/// </summary>
internal static class SlowQueryLoad
{
    private const int WarmUpQueries = 3;

    /// <summary>The entries that started within [<paramref name="from"/>, <paramref name="to"/>], newest first.</summary>
    public static IReadOnlyList<SlowQuery> Between(DdmInstance instance, DateTimeOffset from, DateTimeOffset to, DateTimeOffset now)
    {
        var start = from > instance.Created ? from : instance.Created;
        var end = to < now ? to : now;
        var found = new List<SlowQuery>();
        if (end < start)
            return found;
        var warmUp = LoadSeed.For(instance.Id, "slow-warm-up");
        for (var i = 0; i < WarmUpQueries; i++)
            found.Add(Entry(warmUp, instance.Created));
        for (var minute = start.ToUnixTimeSeconds() / 60; minute <= end.ToUnixTimeSeconds() / 60; minute++)
        {
            var random = LoadSeed.For(instance.Id, "slow-queries", minute);
            for (var n = random.Next(0, 3); n > 0; n--)
                found.Add(Entry(random, DateTimeOffset.FromUnixTimeSeconds(minute * 60 + random.Next(0, 60))));
        }
        return found.Where(q => q.StartedAt >= start && q.StartedAt <= end).OrderByDescending(q => q.StartedAt).ToList();
    }

    // Slow means over the 1 s threshold; rows examined grow with the time taken, as scans do.
    private static SlowQuery Entry(Random random, DateTimeOffset at)
    {
        var schema = random.Pick(Workload.Schemas);
        var durationMs = random.Next(1_000, 30_000);
        return new SlowQuery(random.Pick(Workload.Accounts), schema, random.Pick(Workload.SlowStatements), at, durationMs,
            $"{schema}_{random.Next(0, 8):0000}", durationMs * random.Next(1, 400) / 1_000, Workload.ClientIp(random));
    }
}
