using DdmConformance.Cli;
using DdmConformance.Engine.Configuration;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Cli;

/// <summary>
/// The target profile as a vendor writes it: its values apply unless a flag or a <c>DDM_</c> variable says
/// otherwise, secrets come from the environment, and every mistake stops the run with the file, line and key.
/// </summary>
[TestFixture]
[Category("Cli")]
public sealed class TargetProfileTests
{
    private readonly List<string> files = [];

    [TearDown]
    public void RemoveFiles()
    {
        foreach (var file in files) File.Delete(file);
        files.Clear();
    }

    [Test]
    public void EveryValueOfTheProfileReachesTheRun()
    {
        var path = Profile("""
            target: https://ddm.example.com
            project_id: p-from-profile
            mode: non-disruptive
            rate_limit: 30
            deadline_minutes: 45
            timeouts:
              request_seconds: 12
              ready_seconds: 900
            fixtures:
              vpc_id: vpc-1
              db_port: 3306
            apis:
              das:
                base_url: https://das.example.com
                fixtures:
                  instance_id: das-instance
            """);
        var options = RunSettings.Resolve(new RunFlags { Profile = path, Token = "t0k3n" }, Environment([])).ToRunOptions(null);
        Assert.Multiple(() =>
        {
            Assert.That(options.BaseUrl, Is.EqualTo(new Uri("https://ddm.example.com/")));
            Assert.That(options.ProjectId, Is.EqualTo("p-from-profile"));
            Assert.That(options.Mode, Is.EqualTo(RunMode.NonDisruptive));
            Assert.That(options.RateLimitPerMinute, Is.EqualTo(30));
            Assert.That(options.Deadline, Is.EqualTo(TimeSpan.FromMinutes(45)));
            Assert.That(options.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(12)));
            Assert.That(options.ReadyTimeout, Is.EqualTo(TimeSpan.FromSeconds(900)));
            Assert.That(options.FixturesFor("Ddm"), Is.EquivalentTo(new Dictionary<string, string> { ["vpc_id"] = "vpc-1", ["db_port"] = "3306" }));
            Assert.That(options.FixturesFor("Das")["instance_id"], Is.EqualTo("das-instance"), "API names are case-insensitive");
            Assert.That(options.BaseUrlFor("Das"), Is.EqualTo(new Uri("https://das.example.com/")));
            Assert.That(options.BaseUrlFor("Dbss"), Is.EqualTo(new Uri("https://ddm.example.com/")), "an API the profile does not place is on the target");
        });
    }

    [Test]
    public void FlagsWinOverVariablesWhichWinOverTheProfile()
    {
        var path = Profile("""
            project_id: from-profile
            mode: read-only
            rate_limit: 10
            fixtures: { vpc_id: profile, subnet_id: profile, security_group_id: profile }
            """);
        var environment = Environment(new()
        {
            ["DDM_PROJECT_ID"] = "from-env", ["DDM_MODE"] = "non-disruptive", ["DDM_FIXTURES"] = "vpc_id=env,subnet_id=env",
        });
        var settings = RunSettings.Resolve(new RunFlags { Profile = path, ProjectId = "from-flag", Fixtures = ["vpc_id=flag"] }, environment);
        Assert.Multiple(() =>
        {
            Assert.That(settings.ProjectId, Is.EqualTo("from-flag"));
            Assert.That(settings.Mode, Is.EqualTo(RunMode.NonDisruptive));
            Assert.That(settings.RateLimit, Is.EqualTo(10));
            Assert.That(settings.Fixtures, Is.EquivalentTo(new Dictionary<string, string> { ["vpc_id"] = "flag", ["subnet_id"] = "env", ["security_group_id"] = "profile" }));
        });
    }

    [Test]
    public void DdmProfileNamesTheProfileWhenNoFlagDoes()
    {
        var path = Profile("project_id: via-variable");
        var settings = RunSettings.Resolve(new RunFlags(), Environment(new() { ["DDM_PROFILE"] = path }));
        Assert.That(settings.ProjectId, Is.EqualTo("via-variable"));
    }

    [Test]
    public void AValueWrittenAsAVariableIsReadFromTheEnvironmentAndTyped()
    {
        var path = Profile("""
            rate_limit: ${CI_RATE}
            fixtures:
              rds_admin_password: ${CI_RDS_PASSWORD}
              rds_endpoint: ${CI_RDS_HOST}:3306
            """);
        var settings = RunSettings.Resolve(new RunFlags { Profile = path },
            Environment(new() { ["CI_RATE"] = "20", ["CI_RDS_PASSWORD"] = "S3cret!pw", ["CI_RDS_HOST"] = "192.168.0.31" }));
        Assert.Multiple(() =>
        {
            Assert.That(settings.RateLimit, Is.EqualTo(20));
            Assert.That(settings.Fixtures["rds_admin_password"], Is.EqualTo("S3cret!pw"));
            Assert.That(settings.Fixtures["rds_endpoint"], Is.EqualTo("192.168.0.31:3306"));
        });
    }

    [Test]
    public void APasswordFixtureIsRedactedFromEveryTranscript()
    {
        var path = Profile("""
            fixtures:
              rds_admin_password: Pw-in-profile-77
              db_password: ${CI_DB}
              vpc_id: vpc-visible
            """);
        var options = RunSettings.Resolve(new RunFlags { Profile = path }, Environment(new() { ["CI_DB"] = "Db-pw-from-env" })).ToRunOptions(null, dryRun: true);
        using var client = new global::DdmConformance.Engine.Http.TargetClient(options);
        Assert.That(client.Redactor.Text("sent Pw-in-profile-77 and Db-pw-from-env to vpc-visible"), Is.EqualTo("sent *** and *** to vpc-visible"));
    }

    [TestCase("project_id: p\ntargt: https://x", 2, "unknown key 'targt'")]
    [TestCase("rate_limit: fast", 1, "rate_limit must be a positive number of requests per minute")]
    [TestCase("rate_limit: \"60\"", 1, "rate_limit must be a positive number")]
    [TestCase("mode: wild", 1, "mode must be read-only, non-disruptive or full")]
    [TestCase("target: ftp://x", 1, "target must be an absolute http(s) URL")]
    [TestCase("timeouts:\n  request_seconds: [1, 2]", 2, "timeouts.request_seconds must be a positive number of seconds, got a list")]
    [TestCase("timeouts:\n  connect_seconds: 3", 2, "unknown key 'timeouts.connect_seconds'")]
    [TestCase("fixtures:\n  vpc_id:\n    nested: 1", 3, "fixtures.vpc_id must be a value, got a mapping")]
    [TestCase("fixtures: [vpc_id]", 1, "fixtures must be a mapping of keys, got a list")]
    [TestCase("apis:\n  Nope: {}", 2, "unknown API 'apis.Nope' (known: Das, Dbss, Ddm, DmsRegisterInstance, DmsRegisterUser)")]
    [TestCase("apis:\n  Das:\n    url: https://x", 3, "unknown key 'apis.Das.url' (known: base_url, fixtures)")]
    [TestCase("project_id: a\nproject_id: b", 2, "key 'project_id' is given twice")]
    [TestCase("token: abc", 1, "'token' is a secret and is never read from a profile: use --token or DDM_TOKEN")]
    [TestCase("sk: abc", 1, "'sk' is a secret and is never read from a profile: use --sk or DDM_SK")]
    [TestCase("fixtures:\n  rds_admin_password: ${NOT_SET_ANYWHERE}", 2, "environment variable NOT_SET_ANYWHERE is not set")]
    [TestCase("project_id: p\n  mode: full", 2, "malformed YAML or JSON")]
    [TestCase("- a list", 1, "the file must be a mapping")]
    public void AMistakeIsAUsageErrorNamingFileLineAndKey(string text, int line, string message)
    {
        var path = Profile(text);
        var error = Assert.Throws<UsageException>(() => RunSettings.Resolve(new RunFlags { Profile = path }, Environment([])))!;
        Assert.That(error.Message, Does.StartWith($"profile {path}:{line}: ").And.Contain(message));
    }

    [Test]
    public void AMisplacedSecretIsNotEchoedInTheMessage()
    {
        var path = Profile("timeouts: Pw-misplaced-123");
        var error = Assert.Throws<UsageException>(() => RunSettings.Resolve(new RunFlags { Profile = path }, Environment([])))!;
        Assert.That(error.Message, Does.Contain("timeouts must be a mapping of keys, got a text").And.Not.Contain("Pw-misplaced-123"));
    }

    [Test]
    public void AMissingProfileIsAUsageErrorNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-profile-" + Guid.NewGuid().ToString("N") + ".yaml");
        var error = Assert.Throws<UsageException>(() => RunSettings.Resolve(new RunFlags { Profile = path }, Environment([])))!;
        Assert.That(error.Message, Does.StartWith($"profile {path} cannot be read"));
    }

    [Test]
    public void AJsonProfileReadsLikeAYamlOne()
    {
        var path = Profile("""{ "project_id": "json-project", "rate_limit": 30, "fixtures": { "db_port": 3306, "vpc_id": "vpc-json" } }""", ".json");
        var settings = RunSettings.Resolve(new RunFlags { Profile = path }, Environment([]));
        Assert.Multiple(() =>
        {
            Assert.That(settings.ProjectId, Is.EqualTo("json-project"));
            Assert.That(settings.RateLimit, Is.EqualTo(30));
            Assert.That(settings.Fixtures, Is.EquivalentTo(new Dictionary<string, string> { ["db_port"] = "3306", ["vpc_id"] = "vpc-json" }));
        });
    }

    [Test]
    public void TheShippedExampleProfileLoads()
    {
        var example = Path.Combine(RepositoryPaths.Root, "conformance", "profile.example.yaml");
        var settings = RunSettings.Resolve(new RunFlags { Profile = example, Token = "t0k3n" }, Environment(new() { ["DDM_RDS_PASSWORD"] = "from-env" }));
        Assert.Multiple(() =>
        {
            Assert.That(settings.Target, Is.Not.Null);
            Assert.That(settings.Fixtures["rds_admin_password"], Is.EqualTo("from-env"));
            Assert.That(settings.ApiBaseUrls.Keys, Is.EquivalentTo(new[] { "Das", "Dbss" }));
        });
    }

    [Test]
    public async Task ABadProfileStopsTheRunWithExit2AndTheMessage()
    {
        var path = Profile("project_id: p\nrate_limit: often");
        var outcome = await CliProcess.RunAsync("run", "--profile", path);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.All);
            Assert.That(outcome.Stderr, Does.Contain($"profile {path}:2: rate_limit must be"));
        });
    }

    [Test]
    public async Task ARunWithAProfileNamingAnRdsInstanceStaysGreenSendsItAndNeverShowsItsPassword()
    {
        // An RDS instance the bundled target seeds that no documented example names, with its password from the
        // environment as a CI secret would come: a schema on it succeeds only with that password.
        const string rds = "b944d6e9a8a14d2c9b3f74e257b83c84in01";
        const string password = "Rds-Fixture-03";
        var path = Profile($$"""
            fixtures:
              rds_instance_id: {{rds}}
              rds_endpoint: 192.168.0.33:3306
              rds_admin_user: root
              rds_admin_password: ${CI_RDS_PASSWORD}
            """);
        var dir = CliProcess.TempDirectory();
        var outcome = await CliProcess.RunAsync(new Dictionary<string, string> { ["CI_RDS_PASSWORD"] = password },
            "run", "--profile", path, "--api", "Ddm", "--tag", "Schemas", "--out", dir);
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(File.ReadAllText(Path.Combine(dir, "report.html")), Does.Contain(rds), "the transcripts show the fixture's RDS instance");
            Assert.That(files.Select(Path.GetFileName), Has.Some.EqualTo("junit.xml").And.Some.EqualTo("summary.json"));
            Assert.That(files.Where(f => f.Contains("allure-results", StringComparison.Ordinal)), Is.Not.Empty);
            Assert.That(outcome.All, Does.Not.Contain(password));
            foreach (var file in files)
                Assert.That(File.ReadAllText(file), Does.Not.Contain(password), file);
        });
    }

    private string Profile(string text, string extension = ".yaml")
    {
        var path = Path.Combine(Path.GetTempPath(), "ddm-profile-" + Guid.NewGuid().ToString("N")[..8] + extension);
        File.WriteAllText(path, text);
        files.Add(path);
        return path;
    }

    private static Func<string, string?> Environment(Dictionary<string, string> variables) => name => variables.GetValueOrDefault(name);
}
