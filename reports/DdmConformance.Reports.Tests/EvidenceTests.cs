using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DdmConformance.Engine.Results;
using DdmConformance.Reports.Evidence;
using DdmConformance.Reports.Overview;
using DdmConformance.Reports.Tests.Support;

namespace DdmConformance.Reports.Tests;

/// <summary>What a reviewer gets for a failed case: the document's words, the body diff, the exchange, a curl command.</summary>
public sealed class EvidenceTests
{
    [Test]
    public void AMissingFieldIsQuotedFromItsTableRowAndMarkedInTheDiff()
    {
        var paired = Evidence(EvidenceRun.ListCase).Checks.Single(k => k.Check.Check == "paired-example");

        Assert.Multiple(() =>
        {
            Assert.That(paired.Quotes.Select(q => q.Text), Has.Some.EqualTo("instance_num · integer (int32) · optional · Number of DDM instances of a tenant"));
            Assert.That(paired.Quotes.Single(q => q.Kind == QuoteKind.Example && q.Label.Contains("'ok'")).DocLine, Is.EqualTo(1088));
            var row = paired.Diff!.Rows.Single(r => r.Path == "instance_num");
            Assert.That(row.Kind, Is.EqualTo(DiffKind.Missing));
            Assert.That(row.Flagged, Is.True);
            Assert.That(row.Documented, Is.EqualTo("26"));
            Assert.That(paired.Diff.Against, Is.EqualTo("documented example 'ok' (document line 1088)"));
        });
    }

    [Test]
    public void ASchemaErrorQuotesTheEnumOfItsFieldAndTheDiffShowsTheValueAndTheExtraField()
    {
        var schema = Evidence(EvidenceRun.ListCase).Checks.Single(k => k.Check.Check == "schema");
        var rows = schema.Diff!.Rows;

        Assert.Multiple(() =>
        {
            Assert.That(schema.Quotes.Select(q => q.Text), Has.Some.EqualTo("instances[].status · string · optional · one of RUNNING, CREATING · DDM instance status"));
            Assert.That(rows.Single(r => r.Path == "instances[0].status"), Is.EqualTo(new DiffRow("instances[0].status", "\"RUNNING\"", "\"running\"", DiffKind.OtherValue, true)));
            Assert.That(rows.Single(r => r.Path == "instances[0].zone").Kind, Is.EqualTo(DiffKind.Extra));
            Assert.That(rows.Single(r => r.Path == "instances[0].node_count").Kind, Is.EqualTo(DiffKind.Same));
        });
    }

    [Test]
    public void TheExchangeShownIsTheCasesOwnRequestNotItsSetup()
    {
        var evidence = Evidence(EvidenceRun.ListCase);

        Assert.That(evidence.Primary!.Method, Is.EqualTo("GET"));
        Assert.That(evidence.Curl, Does.Contain("curl -sS -i \"http://127.0.0.1:5099/v1/p1/instances?offset=0&limit=10\""));
    }

    [Test]
    public void AWrongErrorCodeQuotesThePrescribedCodeTheSentCodeAndTheFieldsTableRow()
    {
        var code = Evidence(EvidenceRun.CreateErrorCase).Checks.Single();
        var texts = code.Quotes.Select(q => q.Text).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.Some.StartsWith("DBS.280001 · 400 · Parameter error."));
            Assert.That(texts, Has.Some.StartsWith("DBS.300005 · 400 · Failed to process the request."));
            Assert.That(texts, Has.Some.EqualTo("name · string · mandatory · length 4–64 · Name of a DDM instance"));
        });
    }

    [Test]
    public void TheCurlCommandHasPlaceholdersForEverySecretAndNoMask()
    {
        var curl = Evidence(EvidenceRun.CreateErrorCase).Curl!;

        Assert.Multiple(() =>
        {
            Assert.That(curl, Does.Contain("-H \"X-Auth-Token: ${DDM_TOKEN}\""));
            Assert.That(curl, Does.Contain("\"admin_password\": \"${DDM_ADMIN_PASSWORD}\""));
            Assert.That(curl, Does.Contain("#   export DDM_TOKEN=").And.Contain("#   export DDM_ADMIN_PASSWORD="));
            Assert.That(curl, Does.Not.Contain("***"));
            Assert.That(curl, Does.Contain("costs \\$5 \\`now\\`"), "shell characters of the body are escaped in the heredoc");
        });
    }

    [Test]
    public void ACaseWithABadTokenIsReproducedWithABadTokenNotWithYours()
    {
        var exchange = EvidenceRun.Exchange("GET", "/v1/p1/instances", null, 200, "{}");

        Assert.That(CurlCommand.For(exchange, badCredentials: true), Does.Contain("X-Auth-Token: invalid-token").And.Not.Contain("DDM_TOKEN"));
    }

    [Test]
    public void AnAkSkSignedRequestGetsPlaceholdersForItsSignatureAndDate()
    {
        var signed = EvidenceRun.Exchange("GET", "/v1/p1/instances", null, 200, "{}") with
        {
            RequestHeaders = [new("X-Project-Id", "p1"), new("X-Sdk-Date", "20261122T080000Z"), new("Authorization", "***")],
        };

        var curl = CurlCommand.For(signed);

        Assert.That(curl, Does.Contain("-H \"Authorization: ${DDM_AUTHORIZATION}\"").And.Contain("-H \"X-Sdk-Date: ${DDM_SDK_DATE}\"")
            .And.Contain("AK/SK-signed").And.Contain("-H \"X-Project-Id: p1\""));
    }

    [Test]
    public async Task TheCurlCommandSendsTheRecordedRequestWhenRunInAShell()
    {
        if (!File.Exists("/bin/bash") || FindCurl() is null) Assert.Ignore("bash and curl are needed to run the reproduction; the text is checked by the other tests");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var exchange = EvidenceRun.Exchange("POST", "/v1/p1/instances", """{"name": 7, "admin_password": "***", "note": "costs $5 `now`"}""", 400, "{}")
            with { Url = $"http://127.0.0.1:{port}/v1/p1/instances" };
        var script = CurlCommand.For(exchange);

        var received = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            using var stream = client.GetStream();
            var buffer = new byte[64 * 1024];
            var text = "";
            while (!text.Contains("\r\n\r\n", StringComparison.Ordinal) || !text.EndsWith('}'))
            {
                var n = await stream.ReadAsync(buffer);
                if (n == 0) break;
                text += System.Text.Encoding.UTF8.GetString(buffer, 0, n);
            }
            var reply = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"u8.ToArray();
            await stream.WriteAsync(reply);
            return text;
        });

        var info = new ProcessStartInfo("/bin/bash", ["-c", script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["DDM_TOKEN"] = "tok-from-env";
        info.Environment["DDM_ADMIN_PASSWORD"] = "pw-from-env";
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var request = await received.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
            Assert.That(request, Does.StartWith("POST /v1/p1/instances HTTP/1.1"));
            Assert.That(request, Does.Contain("X-Auth-Token: tok-from-env"));
            Assert.That(request, Does.Contain("Content-Type: application/json"));
            Assert.That(request, Does.EndWith("{\"name\": 7, \"admin_password\": \"pw-from-env\", \"note\": \"costs $5 `now`\"}"));
        });
    }

    [Test]
    public void EvidenceFollowsWhatTheCaseAimsAtWhateverShapeItsIdHas()
    {
        // Ids that say nothing of the example, field or credentials: the evidence must come from the subject alone.
        var run = EvidenceRun.Create();
        var renamed = run.Cases.Select(c => c.CaseId switch
        {
            EvidenceRun.CreateErrorCase => c with { CaseId = "spoiled name (number) #1" },
            EvidenceRun.ListCase => c with { CaseId = "replay:listing" },
            _ => c,
        }).Append(run.Cases.Single(c => c.CaseId == "listInstances/auth/bad") with
        {
            CaseId = "token-rejected",
            Outcome = CaseOutcome.Failed,
            Checks = [new("status", false, "401", "200")],
        }).ToList();
        var overview = RunOverview.Of(EvidenceRun.Create(renamed));
        CaseEvidence Of(string id) => CaseEvidence.Of(overview, renamed.Single(c => c.CaseId == id))!;

        Assert.Multiple(() =>
        {
            Assert.That(Of("spoiled name (number) #1").Checks.Single().Quotes.Select(q => q.Text),
                Has.Some.EqualTo("name · string · mandatory · length 4–64 · Name of a DDM instance"), "the spoiled field's table row");
            Assert.That(Of("replay:listing").Checks.SelectMany(k => k.Quotes).Select(q => q.Label),
                Has.Some.EqualTo("Documented request example 'listInstances' (Querying DDM instances)"), "the replayed request example");
            Assert.That(Of("token-rejected").Curl, Does.Contain("X-Auth-Token: invalid-token").And.Not.Contain("${DDM_TOKEN}"), "the bad token is replayed, not the real one");
        });
    }

    [Test]
    public void APassedCaseHasNoEvidence()
    {
        var run = EvidenceRun.Create();
        Assert.That(CaseEvidence.Of(RunOverview.Of(run), run.Cases[0]), Is.Null);
    }

    [TestCase("schema", "#/instances[0].status: NotInEnumeration; #/instances[1].status: NotInEnumeration; #: x", new[] { "instances[].status" })]
    [TestCase("paired-example", "instance_num is missing; instances[0].node_count is string, the example shows number", new[] { "instance_num", "instances[].node_count" })]
    [TestCase("update-persists", "name is \"ddm-test-001\", sent \"DDM-test-04\"", new[] { "name" })]
    [TestCase("paired-example", "body is not JSON", new string[0])]
    public void FieldsAreReadFromTheWayEachCheckNamesThem(string check, string actual, string[] expected)
    {
        Assert.That(FieldPaths.Mentioned(check, actual), Is.EqualTo(expected));
    }

    private static CaseEvidence Evidence(string caseId)
    {
        var run = EvidenceRun.Create();
        return CaseEvidence.Of(RunOverview.Of(run), run.Cases.Single(c => c.CaseId == caseId))!;
    }

    private static string? FindCurl()
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "curl")).FirstOrDefault(File.Exists);
}
