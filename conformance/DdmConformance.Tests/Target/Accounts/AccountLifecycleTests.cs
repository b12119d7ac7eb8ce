using System.Text.Json.Nodes;

namespace DdmConformance.Tests.Target.Accounts;

/// <summary>
/// Chapter 4.4 as a client sees it: one set of accounts behind the v1 and v3 APIs, schema associations,
/// password lifetimes, the administrator, the weak-password check, and passwords never shown.
/// </summary>
[TestFixture]
[Category("Target")]
public sealed class AccountLifecycleTests
{
    private AccountTarget target = null!;

    [SetUp]
    public async Task Start() => target = await AccountTarget.StartAsync();

    [TearDown]
    public async Task Stop() => await target.DisposeAsync();

    [Test]
    public async Task AnAccountCreatedThroughV1IsListedByBothApisWithoutItsPassword()
    {
        var (created, answer) = await target.CreateV1Async("""[{"name":"DDMuser1","password":"Secret_Pw_42","base_authority":["SELECT","INSERT"],"description":"d"}]""");
        var (_, v1) = await target.SendAsync(HttpMethod.Get, "v1", "users");
        var (_, v3) = await target.SendAsync(HttpMethod.Get, "v3", "users");
        Assert.Multiple(() =>
        {
            Assert.That(created, Is.EqualTo(200));
            Assert.That((string?)answer!["users"]![0]!["name"], Is.EqualTo("DDMuser1"));
            Assert.That((string?)v1!["users"]![0]!["status"], Is.EqualTo("RUNNING"));
            Assert.That(v1["users"]![0]!["base_authority"]!.AsArray().Select(p => (string?)p), Is.EqualTo(new[] { "SELECT", "INSERT" }));
            Assert.That((int?)v1["total_record"], Is.EqualTo(1));
            Assert.That((string?)v3!["users"]![0]!["name"], Is.EqualTo("DDMuser1"));
            Assert.That((int?)v3["total"], Is.EqualTo(1));
            Assert.That(v1.ToJsonString() + v3.ToJsonString(), Does.Not.Contain("Secret_Pw_42"));
        });
    }

    [Test]
    public async Task ModificationsShowInTheListsAndDeletionRemovesTheAccount()
    {
        await target.CreateV3Async("acct1");
        var (v1Update, renamed) = await target.SendAsync(HttpMethod.Put, "v1", "users/acct1", """{"user":{"base_authority":["SELECT"],"description":"test11"}}""");
        var (v3Update, _) = await target.SendAsync(HttpMethod.Put, "v3", "users/acct1", """{"password_lifetime":60}""");
        var (_, listed) = await target.SendAsync(HttpMethod.Get, "v3", "users");
        var (deleted, gone) = await target.SendAsync(HttpMethod.Delete, "v1", "users/acct1");
        var (_, after) = await target.SendAsync(HttpMethod.Get, "v1", "users");
        var user = listed!["users"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((v1Update, (string?)renamed!["name"]), Is.EqualTo((200, "acct1")));
            Assert.That(v3Update, Is.EqualTo(200));
            Assert.That((string?)user["description"], Is.EqualTo("test11"));
            Assert.That((long?)user["password_lifetime"], Is.EqualTo(60));
            Assert.That((string?)user["expiration_time"], Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$"));
            Assert.That((deleted, (string?)gone!["name"]), Is.EqualTo((200, "acct1")));
            Assert.That(after!["users"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task SchemaAssociationsAreCaseInsensitiveAndEndWithTheSchema()
    {
        await target.CreateSchemaAsync();
        var (created, _) = await target.CreateV3Async("acct1", extra: ""","databases":[{"name":"MyTestDb"}]""");
        var (_, before) = await target.SendAsync(HttpMethod.Get, "v1", "users");
        // A schema can be deleted once it is RUNNING (4.3: CREATING for the target's change delay).
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while ((await target.SendAsync(HttpMethod.Delete, "v1", "databases/mytestdb")).Status != 200 && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        var (_, after) = await target.SendAsync(HttpMethod.Get, "v3", "users");
        Assert.Multiple(() =>
        {
            Assert.That(created, Is.EqualTo(200));
            Assert.That((string?)before!["users"]![0]!["databases"]![0]!["name"], Is.EqualTo("mytestdb"));
            Assert.That(after!["users"]![0]!["databases"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task TheV3ListPagesByRecordOffset()
    {
        foreach (var name in new[] { "acct1", "acct2", "acct3" })
            await target.CreateV3Async(name);
        var (_, page) = await target.SendAsync(HttpMethod.Get, "v3", "users?offset=1&limit=1");
        var (_, v1Page) = await target.SendAsync(HttpMethod.Get, "v1", "users?offset=2&limit=2");
        Assert.Multiple(() =>
        {
            Assert.That(page!["users"]!.AsArray().Select(u => (string?)u!["name"]), Is.EqualTo(new[] { "acct2" }));
            Assert.That(((int?)page["offset"], (int?)page["limit"], (int?)page["total"]), Is.EqualTo((1, 1, 3)));
            Assert.That(((int?)v1Page!["page_no"], (int?)v1Page["page_size"], (int?)v1Page["total_page"]), Is.EqualTo((2, 1, 2)));
        });
    }

    [Test]
    public async Task TheFirstAdministratorCallCreatesItLaterOnesOnlySetItsPassword()
    {
        var first = await target.SendAsync(HttpMethod.Put, "v3", "admin-user", """{"name":"root","password":"Kx7~mP2qL9"}""");
        var again = await target.SendAsync(HttpMethod.Put, "v3", "admin-user", """{"name":"root","password":"Zq4!wE8rT2"}""");
        var other = await target.SendAsync(HttpMethod.Put, "v3", "admin-user", """{"name":"admin2","password":"Zq4!wE8rT2"}""");
        var clash = await target.CreateV3Async("root");
        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(202));
            Assert.That(again.Status, Is.EqualTo(202));
            Assert.That(AccountTarget.Refusal(other), Is.EqualTo((400, "DBS.300327")));
            Assert.That(AccountTarget.Refusal(clash), Is.EqualTo((400, "DBS.300311")));
        });
    }

    [TestCase("xxx", true)]
    [TestCase("P@ssw0rd1", true)]
    [TestCase("Qwerty123!", true)]
    [TestCase("Kx7~mP2qL9", false)]
    public async Task TheWeakPasswordCheckAnswersWhetherAPasswordIsGuessable(string password, bool weak)
    {
        var (status, body) = await target.Client.SendAsync(HttpMethod.Post, "/v3/{p}/weak-password-verification", $$"""{"password":"{{password}}"}""");
        Assert.That((status, (bool?)body!["is_weak_password"]), Is.EqualTo((200, (bool?)weak)));
    }

    [Test]
    public async Task AccountChangesNeedARunningInstance()
    {
        var (_, bought) = await target.Client.SendAsync(HttpMethod.Post, "/v1/{p}/instances", ProjectClient.Purchase(1));
        var creating = (string)bought!["id"]!;
        var answer = await target.Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{creating}/users",
            $$"""{"name":"acct1","password":"{{AccountTarget.StrongPassword}}","base_authority":["SELECT"]}""");
        Assert.That(AccountTarget.Refusal(answer), Is.EqualTo((400, "DBS.200076")));
    }
}
