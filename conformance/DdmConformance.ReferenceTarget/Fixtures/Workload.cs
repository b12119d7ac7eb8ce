namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>
/// The application every simulated instance serves: an order system with a few schemas, accounts and
/// application servers. Sessions (4.7) and slow query logs (4.6) draw from it, so what one shows the other
/// can match (the same accounts, schemas and client addresses).
/// </summary>
internal static class Workload
{
    public static IReadOnlyList<string> Schemas { get; } = ["db_order", "db_user", "db_payment"];

    public static IReadOnlyList<string> Accounts { get; } = ["app_rw", "report_ro", "etl_sync"];

    /// <summary>Statements that run long: joins, scans, mass updates (and the 4.6.1 example's own).</summary>
    public static IReadOnlyList<string> SlowStatements { get; } =
    [
        "select id, sleep(3) from test",
        "select o.id, o.amount, u.name from orders o join users u on o.user_id = u.id where o.created_at > '2021-04-01' order by o.amount desc",
        "select count(*) from payment_log where status = 'PENDING'",
        "update orders set status = 'CLOSED' where status = 'UNPAID' and created_at < now() - interval 1 day",
        "select * from users where phone like '%1234'",
        "delete from session_cache where expire_at < now()",
        "select user_id, sum(amount) from orders group by user_id having sum(amount) > 10000",
    ];

    /// <summary>Statements a session is executing when the process list is taken.</summary>
    public static IReadOnlyList<string> RunningStatements { get; } =
    [
        "select * from orders where user_id = 1001 for update",
        "insert into payment_log (order_id, amount, status) values (88231, 99.00, 'PAID')",
        "select id, name, phone from users where id in (17, 42, 4711)",
        "update orders set status = 'SHIPPED' where id = 88231",
        "select count(*) from payment_log where status = 'PENDING'",
    ];

    /// <summary>An application server in the tenant's VPC.</summary>
    public static string ClientIp(Random random) => $"192.168.{random.Next(0, 4)}.{random.Next(10, 250)}";

    /// <summary>A client's ephemeral port.</summary>
    public static int EphemeralPort(Random random) => random.Next(32768, 61000);
}
