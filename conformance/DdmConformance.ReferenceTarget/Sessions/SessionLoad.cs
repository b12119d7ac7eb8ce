using System.Globalization;
using DdmConformance.ReferenceTarget.Fixtures;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>
/// The sessions an instance has when a client first looks: seeded from the instance id, so the same instance
/// always starts with the same load. Every instance also has the sessions the document's examples show or
/// kill (4.7.1 <c>4564224</c>, 4.7.2 <c>12312</c>, 4.7.3 <c>1973</c>, 4.7.4 <c>43534</c>): the API offers no
/// way to learn a session id but listing, so a replayed example can only name a session that exists if
/// those do.
/// </summary>
internal static class SessionLoad
{
    public static IEnumerable<LogicalSession> Logical(DdmInstance instance, DateTimeOffset now)
    {
        var random = LoadSeed.For(instance.Id, "logical-sessions");
        // The DDM agent collects the process list over a local connection (the 4.7.1 example).
        yield return new LogicalSession("4564224", "drdsagent", "127.0.0.1:54486", "None", "Query", null, "starting", "show processlist");
        yield return Client("12312", random, instance, now, command: "Sleep");
        var id = 4564224L;
        for (var i = random.Next(8, 15); i > 0; i--)
        {
            id += random.Next(1, 400);
            yield return Client(id.ToString(CultureInfo.InvariantCulture), random, instance, now,
                command: random.Next(10) switch { < 6 => "Sleep", < 9 => "Query", _ => "Connect" });
        }
    }

    public static IEnumerable<PhysicalSession> Physical(DdmInstance instance, DateTimeOffset now)
    {
        var random = LoadSeed.For(instance.Id, "physical-sessions");
        // DDM reaches its data nodes with an account named after the instance's creation (the 4.7.3 example's DDMRW1613058863).
        var user = "DDMRW" + instance.Created.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nodes = instance.Nodes.ToList();
        var first = nodes[0].Ip;
        yield return new PhysicalSession(1973, user, first + ":58908", "ddm_db_test_0001", "Sleep", Opened(random, instance, now, 14_000), "", "", 0);
        yield return new PhysicalSession(43534, user, $"{first}:{Workload.EphemeralPort(random)}", Shard(random), "Sleep", Opened(random, instance, now, 3_600), "", "", 0);
        var id = 44_000L;
        foreach (var node in nodes)
            for (var i = random.Next(2, 5); i > 0; i--)
            {
                id += random.Next(1, 90);
                var busy = random.Next(10) < 3;
                yield return new PhysicalSession(id, user, $"{node.Ip}:{Workload.EphemeralPort(random)}", Shard(random),
                    busy ? "Query" : "Sleep", Opened(random, instance, now, busy ? 30 : 20_000),
                    busy ? random.Pick(["Sending data", "executing", "updating"]) : "",
                    busy ? random.Pick(Workload.RunningStatements) : "",
                    busy ? random.Next(0, 5) : 0);
            }
    }

    private static LogicalSession Client(string id, Random random, DdmInstance instance, DateTimeOffset now, string command)
    {
        var querying = command == "Query";
        return new LogicalSession(id, random.Pick(Workload.Accounts), $"{Workload.ClientIp(random)}:{Workload.EphemeralPort(random)}",
            command == "Connect" ? "None" : random.Pick(Workload.Schemas), command,
            Opened(random, instance, now, querying ? 30 : 7_200),
            querying ? random.Pick(["executing", "Sending data", "statistics"]) : command == "Connect" ? "login" : "",
            querying ? random.Pick(Workload.RunningStatements) : "None");
    }

    /// <summary>When a connection opened: up to <paramref name="maxAgeSeconds"/> ago, never before the instance existed.</summary>
    private static DateTimeOffset Opened(Random random, DdmInstance instance, DateTimeOffset now, int maxAgeSeconds)
    {
        var opened = WireTime.ToSeconds(now).AddSeconds(-random.Next(0, maxAgeSeconds));
        return opened < instance.Created ? instance.Created : opened;
    }

    // A physical database of a schema: <schema>_<shard number>, as DDM names shards.
    private static string Shard(Random random) => $"{random.Pick(Workload.Schemas)}_{random.Next(0, 8):0000}";
}
