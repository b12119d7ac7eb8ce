namespace DdmConformance.ReferenceTarget.Sessions;

/// <summary>
/// A client connection to the DDM instance (4.7.1, Table 4-431). <paramref name="Since"/> is when the connection
/// was opened (its <c>time</c> grows with the clock); null for the agent's own session, which is executing
/// the listing and so always shows 0 seconds.
/// </summary>
internal sealed record LogicalSession(string Id, string User, string Host, string Db, string Command, DateTimeOffset? Since, string State, string Info);

/// <summary>A connection from a DDM node to an associated RDS instance (4.7.3, Table 4-439).</summary>
internal sealed record PhysicalSession(long Id, string User, string Host, string Db, string Command, DateTimeOffset Since, string State, string Info, long TransactionSeconds);

/// <summary>One killed session, as 4.7.5 (Table 4-447) lists it.</summary>
internal sealed record KillRecord(string InstanceId, string InstanceName, string ProcessId, string ExecutedBy, DateTimeOffset ExecutedAt);
