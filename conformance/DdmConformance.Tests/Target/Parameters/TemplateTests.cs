using System.Text.Json.Nodes;

namespace DdmConformance.Tests.Target.Parameters;

/// <summary>
/// Parameter templates (4.10.1, 4.10.2, 4.10.5, 4.10.6, 4.10.8, 4.10.9, 4.10.11) as a client sees them: real
/// objects that keep their values, the protected default template, and the documented refusals.
/// </summary>
[TestFixture]
[Category("Target")]
public sealed class TemplateTests : ParameterTargetFixture
{
    [Test]
    public async Task ACreatedTemplateKeepsItsValuesAndAnUpdateShowsInItsDetails()
    {
        var id = await CreateTemplateAsync("param-a", """{"connection_idle_timeout":"600"}""");
        var (updated, answer) = await Client.SendAsync(HttpMethod.Put, $"{Templates}/{id}",
            """{"values":{"character_set_server":"utf8","ddl_flowcontrol_threshold":"10005"},"name":"param-b"}""");
        var (_, details) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/{id}");
        string? Value(string name) => (string?)details!["configuration_parameters"]!.AsArray().Single(p => (string?)p!["name"] == name)!["value"];
        Assert.Multiple(() =>
        {
            Assert.That(updated, Is.EqualTo(200));
            Assert.That((bool?)answer!["need_restart"], Is.True, "character_set_server needs a restart");
            Assert.That((string?)details!["name"], Is.EqualTo("param-b"));
            Assert.That(Value("connection_idle_timeout"), Is.EqualTo("600"));
            Assert.That(Value("ddl_flowcontrol_threshold"), Is.EqualTo("10005"));
        });
    }

    [Test]
    public async Task TheListShowsTheDefaultTemplateFirstThenTheCustomOnes()
    {
        var id = await CreateTemplateAsync("param-a");
        var (_, list) = await Client.SendAsync(HttpMethod.Get, Templates);
        var (_, page) = await Client.SendAsync(HttpMethod.Get, Templates + "?offset=1&limit=1");
        var items = list!["configurations"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(items.Select(t => ((string?)t!["id"], (bool?)t["user_defined"])), Is.EqualTo(new[] { (DefaultTemplate, (bool?)false), (id, (bool?)true) }));
            Assert.That((int?)list["total"], Is.EqualTo(2));
            Assert.That(page!["configurations"]!.AsArray().Select(t => (string?)t!["id"]), Is.EqualTo(new[] { id }));
        });
    }

    [Test]
    public async Task ACopyIsANewTemplateWithTheSourcesValues()
    {
        var id = await CreateTemplateAsync("param-a", """{"sql_audit":"OFF"}""");
        var (copied, _) = await Client.SendAsync(HttpMethod.Post, $"{Templates}/{id}/copy", """{"new_name":"param-copy"}""");
        var (_, list) = await Client.SendAsync(HttpMethod.Get, Templates);
        var copy = (string)list!["configurations"]!.AsArray().Single(t => (string?)t!["name"] == "param-copy")!["id"]!;
        var (_, diff) = await Client.SendAsync(HttpMethod.Put, Templates + "/diff", $$"""{"source_id":"{{id}}","target_id":"{{copy}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(copied, Is.EqualTo(200));
            Assert.That(diff!["parameters"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task TheComparisonListsExactlyTheParametersThatDiffer()
    {
        var a = await CreateTemplateAsync("param-a", """{"ddl_flowcontrol_threshold":"1005","sql_audit":"OFF"}""");
        var (status, diff) = await Client.SendAsync(HttpMethod.Put, Templates + "/diff", $$"""{"source_id":"{{a}}","target_id":"{{DefaultTemplate}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(diff!["parameters"]!.AsArray().Select(p => ((string?)p!["name"], (string?)p["source_value"], (string?)p["target_value"])),
                Is.EquivalentTo(new[] { ("ddl_flowcontrol_threshold", "1005", "10000"), ("sql_audit", "OFF", "ON") }));
            Assert.That(((string?)diff["source_name"], (string?)diff["target_name"]), Is.EqualTo(("param-a", "default-ddm")));
        });
    }

    [Test]
    public async Task ADeletedTemplateIsGone()
    {
        var id = await CreateTemplateAsync("param-a");
        var (deleted, _) = await Client.SendAsync(HttpMethod.Delete, $"{Templates}/{id}");
        var (read, _) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/{id}");
        Assert.That((deleted, read), Is.EqualTo((200, 404)));
    }

    [TestCase("POST", "/copy", """{"new_name":"copy-of-default"}""")]
    [TestCase("PUT", "", """{"values":{"sql_audit":"OFF"}}""")]
    [TestCase("DELETE", "", null)]
    public async Task TheDefaultTemplateCannotBeReplicatedUpdatedOrDeletedDbs200057(string method, string suffix, string? body)
    {
        var (status, error) = await Client.SendAsync(new HttpMethod(method), $"{Templates}/{DefaultTemplate}{suffix}", body);
        var (_, details) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/{DefaultTemplate}");
        Assert.Multiple(() =>
        {
            Assert.That((status, ErrorCode(error)), Is.EqualTo((400, "DBS.200057")));
            Assert.That((string?)details!["name"], Is.EqualTo("default-ddm"));
        });
    }

    [Test]
    public async Task ComparingWithAnIdThatNamesNoTemplateYieldsDbs200057()
    {
        var (status, error) = await Client.SendAsync(HttpMethod.Put, Templates + "/diff",
            $$"""{"source_id":"0123456789abcdef0123456789abcdefpr09","target_id":"{{DefaultTemplate}}"}""");
        Assert.That((status, ErrorCode(error)), Is.EqualTo((400, "DBS.200057")));
    }

    [TestCase("""{"values":{"max_allowed_packet":"1025"}}""", "Invalid max_allowed_packet.")]
    [TestCase("""{"values":{"long_query_time":"10.5"}}""", "Invalid long_query_time.")]
    [TestCase("""{"values":{"transaction_policy":"2PC"}}""", "Invalid transaction_policy.")]
    [TestCase("""{"values":{"no_such_parameter":"1"}}""", "Invalid no_such_parameter.")]
    public async Task AValueOutsideItsParametersRangeYieldsDbs300375NamingTheParameter(string body, string message)
    {
        var id = await CreateTemplateAsync("param-a");
        var (status, error) = await Client.SendAsync(HttpMethod.Put, $"{Templates}/{id}", body);
        Assert.That((status, ErrorCode(error), (string?)error!["error_msg"]), Is.EqualTo((400, "DBS.300375", message)));
    }

    [Test]
    public async Task AnEmptyValueOrABadNameIsAParameterError()
    {
        var (emptyValue, e1) = await Client.SendAsync(HttpMethod.Post, Templates, """{"name":"p","description":"","values":{"sql_audit":""}}""");
        var (badName, e2) = await Client.SendAsync(HttpMethod.Post, Templates, """{"name":"bad name","description":""}""");
        var (badDescription, e3) = await Client.SendAsync(HttpMethod.Post, Templates, """{"name":"p","description":"a&b"}""");
        Assert.That(new[] { (emptyValue, ErrorCode(e1)), (badName, ErrorCode(e2)), (badDescription, ErrorCode(e3)) },
            Is.All.EqualTo((400, "DBS.280001")));
    }

    [Test]
    public async Task ALongDescriptionIsCutTo256Characters()
    {
        var (_, created) = await Client.SendAsync(HttpMethod.Post, Templates, $$"""{"name":"p","description":"{{new string('d', 300)}}"}""");
        var (_, details) = await Client.SendAsync(HttpMethod.Get, $"{Templates}/{(string)created!["id"]!}");
        Assert.That(((string?)details!["description"])?.Length, Is.EqualTo(256));
    }

    [Test]
    public async Task TheDiffPathIsNeverTakenForATemplateId()
    {
        // /configurations/diff lies beside /configurations/{config_id}: the literal segment must win.
        var (get, getError) = await Client.SendAsync(HttpMethod.Get, Templates + "/diff");
        var (patch, _) = await Client.SendAsync(HttpMethod.Patch, Templates + "/diff");
        var (put, putBody) = await Client.SendAsync(HttpMethod.Put, Templates + "/diff", $$"""{"source_id":"{{DefaultTemplate}}","target_id":"{{DefaultTemplate}}"}""");
        Assert.Multiple(() =>
        {
            Assert.That((get, ErrorCode(getError)), Is.EqualTo((405, "DBS.280001")), "GET is not documented on /diff (not: no template 'diff')");
            Assert.That(patch, Is.EqualTo(405));
            Assert.That((put, putBody?["parameters"]?.AsArray().Count), Is.EqualTo((200, (int?)0)));
        });
    }
}
