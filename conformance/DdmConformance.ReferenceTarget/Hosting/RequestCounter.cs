namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>Counts every request the target receives, whatever it answers.</summary>
internal sealed class RequestCounter
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public void Increment() => Interlocked.Increment(ref count);
}
