using System.Text.Json.Nodes;
using DdmConformance.Api;
using DdmConformance.Engine.Lifecycle;
using DdmConformance.Engine.Results;
using DdmConformance.Engine.Running;
using DdmConformance.ReferenceTarget;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Engine;

/// <summary>
/// Fixtures reach request bodies: a field the spec marks <c>x-fixture</c> carries the vendor's value, so the
/// documented examples name the vendor's RDS instances (not the document's) and log in with their passwords.
/// </summary>
[TestFixture]
[Category("Fixtures")]
public sealed class FixtureBindingTests
{
    // An RDS instance the bundled target seeds in the documented VPC that no documented example names, and its
    // administrator password: the target accepts a schema on it only with this password, never with the document's.
    private const string Rds = "b944d6e9a8a14d2c9b3f74e257b83c84in01";
    private const string Password = "Rds-Fixture-03";

    private static readonly Dictionary<string, string> RdsFixtures = new()
    {
        ["rds_instance_id"] = Rds,
        ["rds_endpoint"] = "192.168.0.33:3306",
        ["rds_admin_user"] = "root",
        ["rds_admin_password"] = Password,
    };

    [Test]
    public async Task ASchemaIsCreatedOnTheRdsInstanceTheFixturesNameWithTheirPassword()
    {
        await using var server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions());
        await using var session = new ConformanceSession(SuiteRun.Options(server.BaseUrl, server) with { Apis = ["Ddm"], Tags = ["Schemas"], Fixtures = RdsFixtures },
            ApiCatalog.All);
        var v1 = await session.ResultForAsync("createSchema/example/createWithExistingAccount", CancellationToken.None);
        var v3 = await session.ResultForAsync("createSchemaV3/example/createSchema", CancellationToken.None);

        var sentV1 = JsonNode.Parse(v1.Exchanges.Last(e => e.Method == "POST").RequestBody!)!["databases"]![0]!["used_rds"]![0]!;
        var sentV3 = JsonNode.Parse(v3.Exchanges.Last(e => e.Method == "POST").RequestBody!)!["dn_instances"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(v1.Outcome, Is.EqualTo(CaseOutcome.Passed), string.Join("; ", v1.Deviations.Select(d => d.Actual)));
            Assert.That((string?)sentV1["id"], Is.EqualTo(Rds), "4.3.1 names the fixture's RDS instance, not the document's f296…in01");
            Assert.That((string?)sentV1["adminPassword"], Is.EqualTo("***"), "the password reaches the target, not the transcript");
            Assert.That(v3.Outcome, Is.EqualTo(CaseOutcome.Passed), string.Join("; ", v3.Deviations.Select(d => d.Actual)));
            Assert.That((string?)sentV3["id"], Is.EqualTo(Rds));
            Assert.That((string?)sentV3["user_name"], Is.EqualTo("root"));
        });
    }

    [Test]
    public async Task ARefusalRecipeThatSetsAFixtureFieldKeepsItsOwnValue()
    {
        // DBS.300114's recipe sends a wrong password: the fixture's right one must not repair it.
        await using var server = await ReferenceServer.StartAsync(SuiteRun.TargetOptions());
        await using var session = new ConformanceSession(SuiteRun.Options(server.BaseUrl, server) with { Apis = ["Ddm"], Tags = ["Schemas"], Fixtures = RdsFixtures },
            ApiCatalog.All);
        var refused = await session.ResultForAsync(session.Plan.First(p => p.CaseId.StartsWith("createSchema/error-code/DBS.300114", StringComparison.Ordinal)).CaseId, CancellationToken.None);
        var duplicate = await session.ResultForAsync(session.Plan.First(p => p.CaseId.StartsWith("createSchema/error-code/DBS.300108", StringComparison.Ordinal)).CaseId, CancellationToken.None);
        var duplicated = JsonNode.Parse(duplicate.Exchanges.Last().RequestBody!)!["databases"]![0]!["used_rds"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(refused.Outcome, Is.EqualTo(CaseOutcome.Passed), string.Join("; ", refused.Deviations.Select(d => d.Actual)));
            Assert.That(duplicate.Outcome, Is.EqualTo(CaseOutcome.Passed), string.Join("; ", duplicate.Deviations.Select(d => d.Actual)));
            Assert.That(duplicated.Select(r => (string?)r!["id"]), Is.EqualTo(new[] { Rds, Rds }), "the item the recipe adds is the fixture's instance again");
        });
    }

    [Test]
    public void ADiscoveringReadListsEveryValueItsLinkPointsAt()
    {
        const string engines = """{"engineGroups":[{"id":"e1","supportAzs":[{"code":"az1"},{"code":"az2"}]},{"id":"e2","supportAzs":[{"code":"az3"}]}]}""";
        Assert.Multiple(() =>
        {
            Assert.That(RuntimeExpression.EvaluateAll("$response.body#/engineGroups/0/id", engines), Is.EqualTo(new[] { "e1", "e2" }));
            Assert.That(RuntimeExpression.EvaluateAll("$response.body#/engineGroups/0/supportAzs/0/code", engines), Is.EqualTo(new[] { "az1", "az2", "az3" }));
            Assert.That(RuntimeExpression.EvaluateAll("$response.body#/nothing/0/id", engines), Is.Empty);
        });
    }

    [Test]
    public void EveryFixtureTheSpecsMarkReachesTheCatalog()
    {
        // x-fixture lives in the spec's schemas; the generator must keep it in the catalog's schema JSON, or nothing is bound.
        var marked = new HashSet<string>(StringComparer.Ordinal);
        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    if ((string?)obj["x-fixture"] is { } name) marked.Add(name);
                    foreach (var (_, child) in obj) Collect(child);
                    break;
                case JsonArray array:
                    foreach (var item in array) Collect(item);
                    break;
            }
        }
        foreach (var op in ApiCatalog.All.SelectMany(a => a.Operations))
        {
            if (op.RequestBody is { } body) Collect(JsonNode.Parse(body.SchemaJson));
            foreach (var p in op.Parameters) Collect(JsonNode.Parse(p.SchemaJson));
        }
        Assert.That(marked, Is.SupersetOf(new[]
        {
            "vpc_id", "subnet_id", "security_group_id", "available_zone", "flavor_id", "engine_id", "eip_address", "eip_id",
            "rds_instance_id", "rds_endpoint", "rds_admin_user", "rds_admin_password", "db_host", "db_port", "db_user", "db_password",
        }));
    }
}
