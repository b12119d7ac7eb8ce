using System.Text.Json.Nodes;

namespace DdmConformance.Tests.Target.Schemas;

/// <summary>
/// Creating schemas (4.3.1, 4.3.6): each A.3 code a client can provoke is answered with its documented
/// code and status 400, in the operation's error format.
/// </summary>
[TestFixture]
[Category("Target")]
public sealed class SchemaCreationErrorTests
{
    private const string V1 = "/v1/{p}/instances/{i}/databases";
    private const string V3 = "/v3/{p}/instances/{i}/databases";
    private SchemaClient target = null!;

    [SetUp]
    public async Task Start() => target = await SchemaClient.StartAsync();

    [TearDown]
    public async Task Stop() => await target.DisposeAsync();

    [TestCase("a", "DBS.300405", TestName = "A one-character schema name yields DBS.300405")]
    [TestCase("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij", "DBS.300405", TestName = "A 50-character schema name yields DBS.300405")]
    [TestCase("Db_Upper", "DBS.300407", TestName = "An uppercase schema name yields DBS.300407")]
    [TestCase("my_mysql_db", "DBS.300406", TestName = "A v1 schema name containing mysql yields DBS.300406")]
    [TestCase("9lives", "DBS.300109", TestName = "A schema name starting with a digit yields DBS.300109")]
    [TestCase("my-db", "DBS.300109", TestName = "A schema name with a hyphen yields DBS.300109")]
    public async Task BadV1Names(string name, string code)
        => await ExpectV1(SchemaClient.V1Body(name), code);

    [TestCase("mysql", "DBS.300406", TestName = "A v3 schema named mysql yields DBS.300406")]
    [TestCase("Db_Upper", "DBS.300407", TestName = "An uppercase v3 schema name yields DBS.300407")]
    [TestCase("a", "DBS.300405", TestName = "A one-character v3 schema name yields DBS.300405")]
    public async Task BadV3Names(string name, string code)
        => await ExpectV3($$"""{"name":"{{name}}","shard_mode":"cluster","shard_number":8,"dn_instances":[{"id":"{{SchemaClient.ExampleRds}}","user_name":"root","user_password":"xxxxxx"}]}""", code);

    [Test]
    public async Task AV3NameThatOnlyContainsAKeywordIsAccepted()
    {
        var (status, _) = await target.SendAsync(HttpMethod.Post, V3,
            $$"""{"name":"my_mysql_db","shard_mode":"cluster","shard_number":8,"dn_instances":[{"id":"{{SchemaClient.ExampleRds}}","user_name":"root","user_password":"xxxxxx"}]}""");
        Assert.That(status, Is.EqualTo(202));
    }

    [TestCase("\"shard_number\":9,\"shard_unit\":8", "DBS.300127", TestName = "shard_number other than shard_unit times RDS instances yields DBS.300127")]
    [TestCase("\"shard_number\":1", "DBS.300127", TestName = "shard_number not above the RDS instances without shard_unit yields DBS.300127")]
    [TestCase("\"shard_number\":65", "DBS.300127", TestName = "shard_number above 64 per RDS instance yields DBS.300127")]
    [TestCase("\"shard_number\":65,\"shard_unit\":65", "DBS.300106", TestName = "shard_unit above 64 yields DBS.300106")]
    public async Task BadShardArithmetic(string shards, string code)
        => await ExpectV1(SchemaClient.V1Body("shards_db", shards: shards), code);

    [Test]
    public async Task AnUnknownShardModeYieldsDbs300104()
        => await ExpectV1(SchemaClient.V1Body("mode_db").Replace("\"cluster\"", "\"range\""), "DBS.300104");

    [Test]
    public async Task NoRdsInstanceYieldsDbs300102()
        => await ExpectV1("""{"databases":[{"name":"no_rds","shard_mode":"cluster","shard_number":8,"used_rds":[]}]}""", "DBS.300102");

    [Test]
    public async Task TheSameRdsInstanceTwiceYieldsDbs300108()
    {
        var login = $$"""{"id":"{{SchemaClient.ExampleRds}}","adminUser":"root","adminPassword":"xxxxxx"}""";
        await ExpectV1($$"""{"databases":[{"name":"twice","shard_mode":"cluster","shard_number":8,"used_rds":[{{login}},{{login}}]}]}""", "DBS.300108");
    }

    [TestCase("5d2bd5cfbd4a4d8b9f6de1e8c8e2c3a1in01", "DBS.300103", TestName = "An RDS instance in another VPC yields DBS.300103")]
    [TestCase("00000000000000000000000000000000in01", "DBS.300103", TestName = "An unknown RDS instance yields DBS.300103")]
    [TestCase("a8c2b3f4e5d64c7b8a9f0e1d2c3b4a5fin01", "DBS.300110", TestName = "An RDS instance another DDM instance uses yields DBS.300110")]
    public async Task UnusableRds(string rds, string code)
        => await ExpectV1(SchemaClient.V1Body("rds_db", rds), code);

    [Test]
    public async Task AnRdsInstanceOfAnotherInstanceOfTheProjectYieldsDbs300110()
    {
        await target.CreateRunningAsync("first_db");
        var other = await target.BuyAsync(1);
        var (status, body) = await target.Http.SendAsync(HttpMethod.Post, $"/v1/{{p}}/instances/{other}/databases", SchemaClient.V1Body("second_db"));
        Assert.That((status, (string?)body!["errCode"]), Is.EqualTo((400, "DBS.300110")));
    }

    [Test]
    public async Task WrongRdsCredentialsYieldDbs300114()
        => await ExpectV1(SchemaClient.V1Body("creds_db", password: "Wrong_pw_1"), "DBS.300114");

    [Test]
    public async Task ADuplicateNameYieldsDbs300112InBothApis()
    {
        await target.CreateRunningAsync("dup_check");
        await ExpectV1(SchemaClient.V1Body("dup_check"), "DBS.300112");
        await ExpectV3($$"""{"name":"dup_check","shard_mode":"cluster","shard_number":8,"dn_instances":[{"id":"{{SchemaClient.ExampleRds}}","user_name":"root","user_password":"xxxxxx"}]}""", "DBS.300112");
    }

    [Test]
    public async Task DataLeftBehindByADeletedSchemaYieldsDbs300113UnlessDeleted()
    {
        await target.CreateRunningAsync("kept_db");
        var (kept, _) = await target.SendAsync(HttpMethod.Delete, V1 + "/kept_db?delete_rds_data=false");
        await ExpectV1(SchemaClient.V1Body("kept_db"), "DBS.300113");
        await target.CreateRunningAsync("gone_db");
        await target.SendAsync(HttpMethod.Delete, V1 + "/gone_db?delete_rds_data=true");
        var (again, _) = await target.SendAsync(HttpMethod.Post, V1, SchemaClient.V1Body("gone_db"));
        Assert.That((kept, again), Is.EqualTo((200, 200)));
    }

    [Test]
    public async Task DeletingASchemaTwiceThroughV3YieldsDbs300101()
    {
        await target.CreateRunningAsync("twice_db");
        var (first, _) = await target.SendAsync(HttpMethod.Delete, V3 + "/twice_db?delete_dn_data=true");
        var (second, body) = await target.SendAsync(HttpMethod.Delete, V3 + "/twice_db?delete_dn_data=true");
        var gone = await target.UntilAsync(V3 + "/twice_db", b => (string?)b["error_code"] == "DBS.300129");
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(202));
            Assert.That((second, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.300101")));
            Assert.That((string?)gone["error_code"], Is.EqualTo("DBS.300129"));
        });
    }

    [Test]
    public async Task AnUnknownSchemaInThePathYields404WithDbs300129()
    {
        var (status, body) = await target.SendAsync(HttpMethod.Get, V1 + "/no_such_db");
        Assert.That((status, (string?)body!["errCode"]), Is.EqualTo((404, "DBS.300129")));
    }

    private async Task ExpectV1(string body, string code)
    {
        var (status, answer) = await target.SendAsync(HttpMethod.Post, V1, body);
        Assert.That((status, (string?)answer?["errCode"]), Is.EqualTo((400, code)), answer?.ToJsonString());
    }

    private async Task ExpectV3(string body, string code)
    {
        var (status, answer) = await target.SendAsync(HttpMethod.Post, V3, body);
        Assert.That((status, (string?)answer?["error_code"]), Is.EqualTo((400, code)), answer?.ToJsonString());
    }
}
