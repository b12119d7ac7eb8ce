namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>
/// Hands out the addresses of one project's nodes and load balancers, shaped like the documented ones:
/// private 192.168.x.y, management 100.65.x.y, data synchronization 172.16.x.y. Wraps after about 63 000
/// addresses of a kind, far beyond what a run creates.
/// </summary>
internal sealed class AddressPool
{
    private int nextPrivate;
    private int nextManagement;
    private int nextSync;

    public string NextPrivate() => Format("192.168", Interlocked.Increment(ref nextPrivate) - 1);

    public string NextManagement() => Format("100.65", Interlocked.Increment(ref nextManagement) - 1);

    public string NextSync() => Format("172.16", Interlocked.Increment(ref nextSync) - 1);

    private static string Format(string prefix, int n) => $"{prefix}.{1 + n / 250 % 254}.{2 + n % 250}";
}
