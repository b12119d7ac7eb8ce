namespace DdmConformance.ReferenceTarget.Monitoring;

/// <summary>One slow query log entry (Table 4-425): who ran what, where, when, for how long, over how many rows.</summary>
internal sealed record SlowQuery(string User, string Schema, string Sql, DateTimeOffset StartedAt, int DurationMs, string Shard, int RowsExamined, string ClientIp);
