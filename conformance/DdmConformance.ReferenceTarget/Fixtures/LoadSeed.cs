namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>
/// Seeds for the simulated load of an instance (sessions, slow queries): the same instance id, and the same
/// period of its life, always give the same load, so answers are reproducible and a client sees a record
/// again when it asks again. FNV-1a rather than <see cref="string.GetHashCode()"/>, which differs per process.
/// </summary>
internal static class LoadSeed
{
    public static Random For(string instanceId, string purpose, long period = 0)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in $"{instanceId}/{purpose}/{period}")
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return new Random((int)(hash ^ (hash >> 32)));
    }

    /// <summary>One of <paramref name="choices"/>.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];
}
