namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>An RDS for MySQL instance the target pretends exists in the tenant's VPC.</summary>
/// <param name="Id">36 characters ending in <c>in01</c> (Table 4-189).</param>
/// <param name="Endpoint">Private address and port, <c>xx.xx.xx.xx:xx</c>.</param>
/// <param name="AdminUser">The administrator account a connectivity check must name.</param>
/// <param name="AdminPassword">Its password.</param>
internal sealed record RdsInstance(string Id, string Endpoint, string AdminUser, string AdminPassword);

/// <summary>
/// RDS instances are created through the RDS API, which the target does not serve, so it seeds some:
/// the primary and read replica of the 4.2.11 example (so its read weights name real instances), and
/// two more for connectivity checks, and the five data nodes 4.9's backup and restoration examples name.
/// Each has the administrator <c>root</c> and a password of its own.
/// </summary>
internal static class RdsFixtures
{
    public const string AdminUser = "root";

    public static IReadOnlyList<RdsInstance> All { get; } =
    [
        new("395298ae6fb9496d95939ed556474983in01", "192.168.0.31:3306", AdminUser, "Rds-Fixture-01"),
        new("38ef52c365a14b7caeb7333137900e96in01", "192.168.0.32:3306", AdminUser, "Rds-Fixture-02"),
        new("b944d6e9a8a14d2c9b3f74e257b83c84in01", "192.168.0.33:3306", AdminUser, "Rds-Fixture-03"),
        new("b3110ddff4c24a1e8d0e7f2b752cd2a7in01", "192.168.0.34:3306", AdminUser, "Rds-Fixture-04"),
        // 4.9.3–4.9.9 (the private addresses of 4.9.6's example where it prints them)
        new("fc33739e5d2741529e21d87a7b5923fain01", "192.168.0.35:3306", AdminUser, "Rds-Fixture-05"),
        new("41c239a1e9bd4cd2aabd678bab45a886in01", "192.168.0.36:3306", AdminUser, "Rds-Fixture-06"),
        new("55c26c79139446868919c5b8b2cbb542in01", "172.16.248.115:3306", AdminUser, "Rds-Fixture-07"),
        new("c5ee103325294f37a8a42e88ba51947ain01", "172.16.192.156:3306", AdminUser, "Rds-Fixture-08"),
        new("f4e2949e9b9b4d60b42c89ed39bfe34cin01", "192.168.0.37:3306", AdminUser, "Rds-Fixture-09"),
    ];

    public static RdsInstance? ById(string id) => All.FirstOrDefault(r => r.Id.Equals(id, StringComparison.Ordinal));
}
