namespace DdmConformance.Tests.Target.Accounts;

/// <summary>
/// Every A.3 code of chapter 4.4 a client can provoke, provoked as the spec's <c>provoke</c> entries do:
/// status 400 and the documented code, in the operation's error format.
/// </summary>
[TestFixture]
[Category("Target")]
public sealed class AccountErrorCodeTests
{
    private AccountTarget target = null!;

    [SetUp]
    public async Task Start() => target = await AccountTarget.StartAsync();

    [TearDown]
    public async Task Stop() => await target.DisposeAsync();

    [Test]
    public async Task TwoAccountsOfOneNameInOneV1RequestYieldDbs300107()
    {
        var answer = await target.CreateV1Async("""
            [{"name":"DDMuser1","password":"xxxxxx","base_authority":["SELECT"]},
             {"name":"DDMuser1","password":"xxxxxx","base_authority":["SELECT"]}]
            """);
        Assert.That(AccountTarget.Refusal(answer), Is.EqualTo((400, "DBS.300107")));
    }

    [Test]
    public async Task CreatingAnAccountAssociatedWithAMissingSchemaYieldsDbs300300()
    {
        var v1 = await target.CreateV1Async("""[{"name":"a1","password":"xxxxxx","base_authority":["SELECT"],"databases":[{"name":"DDMdb1"}]}]""");
        var v3 = await target.CreateV3Async("a3", extra: ""","databases":[{"name":"no_such_schema"}]""");
        Assert.Multiple(() =>
        {
            Assert.That(AccountTarget.Refusal(v1), Is.EqualTo((400, "DBS.300300")));
            Assert.That(AccountTarget.Refusal(v3), Is.EqualTo((400, "DBS.300300")));
        });
    }

    [Test]
    public async Task AssociatingAMissingSchemaOnModificationYieldsDbs300301()
    {
        await target.CreateV3Async("acct1");
        var v1 = await target.SendAsync(HttpMethod.Put, "v1", "users/acct1", """{"user":{"databases":[{"name":"db_7350"}]}}""");
        var v3 = await target.SendAsync(HttpMethod.Put, "v3", "users/acct1", """{"databases":[{"name":"db_7350"}]}""");
        Assert.Multiple(() =>
        {
            Assert.That(AccountTarget.Refusal(v1), Is.EqualTo((400, "DBS.300301")));
            Assert.That(AccountTarget.Refusal(v3), Is.EqualTo((400, "DBS.300301")));
        });
    }

    [TestCase("9_starts_with_a_digit")]
    [TestCase("has-hyphen")]
    [TestCase("")]
    [TestCase("a23456789012345678901234567890123")]
    public async Task AnInvalidAccountOrAdministratorNameYieldsDbs300305(string name)
    {
        var account = await target.CreateV3Async(name);
        var admin = await target.SendAsync(HttpMethod.Put, "v3", "admin-user", $$"""{"name":"{{name}}","password":"{{AccountTarget.StrongPassword}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(AccountTarget.Refusal(account), Is.EqualTo((400, "DBS.300305")));
            Assert.That(AccountTarget.Refusal(admin), Is.EqualTo((400, "DBS.300305")));
        });
    }

    [TestCase("Admin@123", TestName = "A weak password yields DBS.300306")]
    [TestCase("Ab1~", TestName = "A password under 8 characters yields DBS.300306")]
    [TestCase("abcdefgh12", TestName = "A password of two kinds of characters yields DBS.300306")]
    [TestCase("Ab1~Ab1~Ab1~Ab1~Ab1~Ab1~Ab1~Ab1~x", TestName = "A password over 32 characters yields DBS.300306")]
    [TestCase("Acct_one1", TestName = "The account name as password yields DBS.300306")]
    [TestCase("1eno_tccA", TestName = "The account name reversed as password yields DBS.300306")]
    public async Task APasswordBreakingTheV3RulesYieldsDbs300306(string password)
    {
        var created = await target.CreateV3Async("Acct_one1", password);
        await target.CreateV3Async("Acct_two2");
        var reset = await target.SendAsync(HttpMethod.Post, "v3", "users/Acct_two2/password", $$"""{"password":"{{password.Replace("Acct_one1", "Acct_two2").Replace("1eno_tccA", "2owt_tccA")}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(AccountTarget.Refusal(created), Is.EqualTo((400, "DBS.300306")));
            Assert.That(AccountTarget.Refusal(reset), Is.EqualTo((400, "DBS.300306")));
        });
    }

    [Test]
    public async Task AnAdministratorPasswordWithoutAllFourKindsYieldsDbs300306()
    {
        var answer = await target.SendAsync(HttpMethod.Put, "v3", "admin-user", """{"name":"root","password":"Kx7mP2qL9z"}""");
        Assert.That(AccountTarget.Refusal(answer), Is.EqualTo((400, "DBS.300306")));
    }

    [Test]
    public async Task ADescriptionOver256CharactersYieldsDbs300307()
    {
        var created = await target.CreateV3Async("acct1", extra: $$""","description":"{{new string('d', 257)}}" """);
        await target.CreateV3Async("acct2");
        var updated = await target.SendAsync(HttpMethod.Put, "v1", "users/acct2", $$$"""{"user":{"description":"{{{new string('d', 257)}}}"}}""");
        Assert.Multiple(() =>
        {
            Assert.That(AccountTarget.Refusal(created), Is.EqualTo((400, "DBS.300307")));
            Assert.That(AccountTarget.Refusal(updated), Is.EqualTo((400, "DBS.300307")));
        });
    }

    [Test]
    public async Task AnUndocumentedPermissionYieldsDbs300309()
    {
        var answer = await target.SendAsync(HttpMethod.Post, "v3", "users",
            $$"""{"name":"acct1","password":"{{AccountTarget.StrongPassword}}","base_authority":["GRANT"]}""");
        Assert.That(AccountTarget.Refusal(answer), Is.EqualTo((400, "DBS.300309")));
    }

    [Test]
    public async Task CreatingAnAccountTwiceYieldsDbs300311()
    {
        var first = await target.CreateV3Async("acct_twice");
        var second = await target.CreateV3Async("acct_twice");
        var viaV1 = await target.CreateV1Async("""[{"name":"acct_twice","password":"xxxxxx","base_authority":["SELECT"]}]""");
        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(200));
            Assert.That(AccountTarget.Refusal(second), Is.EqualTo((400, "DBS.300311")));
            Assert.That(AccountTarget.Refusal(viaV1), Is.EqualTo((400, "DBS.300311")));
        });
    }

    [Test]
    public async Task ModifyingOrDeletingAMissingAccountYieldsDbs300327()
    {
        var answers = new[]
        {
            await target.SendAsync(HttpMethod.Put, "v1", "users/no_such_account", """{"user":{"description":"d"}}"""),
            await target.SendAsync(HttpMethod.Delete, "v1", "users/no_such_account"),
            await target.SendAsync(HttpMethod.Put, "v3", "users/no_such_account", """{"description":"d"}"""),
            await target.SendAsync(HttpMethod.Delete, "v3", "users/no_such_account"),
        };
        Assert.That(answers.Select(AccountTarget.Refusal), Is.All.EqualTo((400, "DBS.300327")));
    }

    [Test]
    public async Task ResettingTheValidPasswordOfAMissingAccountYieldsDbs300328()
    {
        var v1 = await target.SendAsync(HttpMethod.Post, "v2", "users/no_such_account/password", """{"password":"xxxxxx"}""");
        var v3 = await target.SendAsync(HttpMethod.Post, "v3", "users/no_such_account/password", $$"""{"password":"{{AccountTarget.StrongPassword}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(AccountTarget.Refusal(v1), Is.EqualTo((400, "DBS.300328")));
            Assert.That(AccountTarget.Refusal(v3), Is.EqualTo((400, "DBS.300328")));
        });
    }
}
