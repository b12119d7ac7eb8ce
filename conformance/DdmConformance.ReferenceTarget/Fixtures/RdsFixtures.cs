namespace DdmConformance.ReferenceTarget.Fixtures;

/// <summary>An RDS for MySQL instance the target pretends exists in the tenant's account.</summary>
/// <param name="Id">36 characters ending in <c>in01</c> (Table 4-189).</param>
/// <param name="Endpoint">Private address and port, <c>xx.xx.xx.xx:xx</c>.</param>
/// <param name="AdminUser">The administrator account a connectivity check or a schema must name.</param>
/// <param name="AdminPassword">Its password.</param>
/// <param name="Name">The RDS instance name the schema APIs show (4.3.2, 4.3.5).</param>
/// <param name="VpcId">The VPC it runs in: only instances in the DDM instance's VPC can be data nodes (DBS.300103).</param>
/// <param name="EngineVersion">MySQL version (4.3.5 <c>engineSoftwareVersion</c>, 4.3.8 <c>engine_version</c>).</param>
/// <param name="AssociatedDdmInstance">The id of a DDM instance outside this API's reach that already uses it (4.3.1 Constraints), or null.</param>
internal sealed record RdsInstance(string Id, string Endpoint, string AdminUser, string AdminPassword,
    string Name = "rds-for-ddm", string VpcId = RdsFixtures.DocumentedVpc, string EngineVersion = "5.7", string? AssociatedDdmInstance = null)
{
    /// <summary>
    /// Other passwords the document prints for the same instance (4.3.1 sends <c>xxxxxx</c> for the RDS 4.3.6 logs
    /// into with <c>PassWord_234</c>): the document contradicts itself, and the target accepts each documented one.
    /// </summary>
    public IReadOnlyList<string> OtherDocumentedPasswords { get; init; } = [];

    /// <summary>Whether <paramref name="user"/>/<paramref name="password"/> log in as its administrator.</summary>
    public bool Accepts(string? user, string? password)
        => user == AdminUser && password is not null && (password == AdminPassword || OtherDocumentedPasswords.Contains(password));

    public string PrivateIp => Endpoint[..Endpoint.LastIndexOf(':')];

    public int Port => int.Parse(Endpoint[(Endpoint.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// RDS instances are created through the RDS API, which the target does not serve, so it seeds some:
/// the primary and read replica of the 4.2.11 example (so its read weights name real instances), two more
/// for connectivity checks, and the data nodes the schema examples name (4.3.1/4.3.6, 4.3.10, 4.3.13/4.3.15),
/// with the credentials those examples send, so that they replay. All of these are in the VPC of the
/// documented 4.2.1 purchase; one more instance runs in another VPC, and one is already used by a DDM
/// instance of someone else: neither can become a data node. The five data nodes 4.9's backup and
/// restoration examples name come last. Each has the administrator <c>root</c>.
/// </summary>
internal static class RdsFixtures
{
    public const string AdminUser = "root";

    /// <summary>The <c>vpc_id</c> of the documented 4.2.1 example: buying with it puts the instance beside the seeded RDS instances.</summary>
    public const string DocumentedVpc = "e1d886ec-cfe7-4cd4-b748-fc55a10b4172";

    /// <summary>4.3.1 and 4.3.6 name it; 4.3.1 sends the password <c>xxxxxx</c>, 4.3.6 <c>PassWord_234</c>: the target accepts both.</summary>
    public const string SchemaExampleRds = "f296c394f13f48449d715bf99af07e59in01";

    /// <summary>4.3.13 and 4.3.15 name it; 4.3.13 sends <c>xxxxxx</c>, 4.3.15 <c>Pa*****4</c>: the target accepts both.</summary>
    public const string ShardExampleRds = "7edae0250ebc464897bd92b8d3e8b769in01";

    /// <summary>In another VPC than every instance bought as documented (DBS.300103).</summary>
    public const string OtherVpcRds = "5d2bd5cfbd4a4d8b9f6de1e8c8e2c3a1in01";

    /// <summary>Already a data node of another tenant's DDM instance (4.3.1 Constraints; DBS.300110).</summary>
    public const string TakenRds = "a8c2b3f4e5d64c7b8a9f0e1d2c3b4a5fin01";

    public static IReadOnlyList<RdsInstance> All { get; } =
    [
        new("395298ae6fb9496d95939ed556474983in01", "192.168.0.31:3306", AdminUser, "Rds-Fixture-01", "rds-primary-01"),
        new("38ef52c365a14b7caeb7333137900e96in01", "192.168.0.32:3306", AdminUser, "Rds-Fixture-02", "rds-replica-01"),
        new("b944d6e9a8a14d2c9b3f74e257b83c84in01", "192.168.0.33:3306", AdminUser, "Rds-Fixture-03", "rds-check-03"),
        new("b3110ddff4c24a1e8d0e7f2b752cd2a7in01", "192.168.0.34:3306", AdminUser, "Rds-Fixture-04", "rds-check-04"),
        new(SchemaExampleRds, "192.168.0.41:3306", AdminUser, "xxxxxx", "rds-5338") { OtherDocumentedPasswords = ["PassWord_234"] },
        new(ShardExampleRds, "192.168.0.42:3306", AdminUser, "Pa*****4", "UTS-rds-src", EngineVersion: "8.0") { OtherDocumentedPasswords = ["xxxxxx"] },
        new("91b1272b09364ddeb999f1295bf0506ain01", "172.16.192.110:3306", AdminUser, "xxxxxxx", "rds-for-ddm-01"),
        new("c6f68fed9e74478c8679479a07d7d568in01", "192.168.23.97:3306", AdminUser, "Rds-Fixture-08", "test-ddm-no-delete-test01-00"),
        new(OtherVpcRds, "10.10.0.9:3306", AdminUser, "Rds-Fixture-09", "rds-other-vpc", VpcId: "2f0c1a9e-5b7d-4e3a-9c8b-other0000vpc"),
        new(TakenRds, "192.168.0.50:3306", AdminUser, "Rds-Fixture-10", "rds-in-use", AssociatedDdmInstance: "d1e2f3a4b5c64d7e8f9a0b1c2d3e4f5ain09"),
        // 4.9.3–4.9.9 (the private addresses of 4.9.6's example where it prints them)
        new("fc33739e5d2741529e21d87a7b5923fain01", "192.168.0.35:3306", AdminUser, "Rds-Fixture-05", "rds-backup-05"),
        new("41c239a1e9bd4cd2aabd678bab45a886in01", "192.168.0.36:3306", AdminUser, "Rds-Fixture-06", "rds-backup-06"),
        new("55c26c79139446868919c5b8b2cbb542in01", "172.16.248.115:3306", AdminUser, "Rds-Fixture-07", "rds-backup-07"),
        new("c5ee103325294f37a8a42e88ba51947ain01", "172.16.192.156:3306", AdminUser, "Rds-Fixture-08", "rds-backup-08"),
        new("f4e2949e9b9b4d60b42c89ed39bfe34cin01", "192.168.0.37:3306", AdminUser, "Rds-Fixture-09", "rds-backup-09"),
    ];

    public static RdsInstance? ById(string id) => All.FirstOrDefault(r => r.Id.Equals(id, StringComparison.Ordinal));
}
