using System.Text.Json.Nodes;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Target;

/// <summary>
/// The reference target's behaviour for the operations of 4.2.8–4.2.41 as a client sees it: changes that
/// show in instance details, the A.6 statuses they pass through, the documented refusals.
/// </summary>
[TestFixture]
[Category("Target")]
public sealed class InstanceChangeTests : TargetFixture
{
    [Test]
    public async Task ScalingOutAddsNodesWhileTheInstanceIsGrowingThenRunning()
    {
        var id = await Client.RunningInstanceAsync(nodes: 2);
        var (status, _) = await Client.SendAsync(HttpMethod.Post, $"/v2/{{p}}/instances/{id}/action/enlarge",
            """{"flavor_id":"8f2e696c-a9c1-30bd-af90-25522bc67606","node_number":2}""");
        var during = await Client.DetailsAsync(id);
        var after = await Client.StatusAsync(id, "RUNNING");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That((string?)during["status"], Is.EqualTo("GROWING"));
            Assert.That((int?)during["node_count"], Is.EqualTo(4));
            Assert.That((int?)after["node_count"], Is.EqualTo(4));
            Assert.That(after["nodes"]!.AsArray().Select(n => (string?)n!["status"]), Is.All.EqualTo("RUNNING"));
        });
    }

    [Test]
    public async Task ScalingInRemovesNodesButNeverTheLastOne()
    {
        var id = await Client.RunningInstanceAsync(nodes: 3);
        var (tooMany, refusal) = await Client.SendAsync(HttpMethod.Post, $"/v2/{{p}}/instances/{id}/action/reduce", """{"node_number":3}""");
        var (ok, _) = await Client.SendAsync(HttpMethod.Post, $"/v2/{{p}}/instances/{id}/action/reduce", """{"node_number":2}""");
        var during = await Client.DetailsAsync(id);
        var after = await Client.StatusAsync(id, "RUNNING");
        Assert.Multiple(() =>
        {
            Assert.That((tooMany, (string?)refusal!["errCode"]), Is.EqualTo((400, "DBS.280001")));
            Assert.That(ok, Is.EqualTo(200));
            Assert.That((string?)during["status"], Is.EqualTo("REDUCING"));
            Assert.That((int?)after["node_count"], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task ABusyInstanceRefusesAChangeWithDbs200076InTheV3Format()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        await Client.SendAsync(HttpMethod.Put, $"/v3/{{p}}/instances/{id}/name", """{"name":"renamed-1"}""");
        var (status, body) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/switch-ssl", """{"ssl_enabled":true}""");
        Assert.That((status, (string?)body!["error_code"]), Is.EqualTo((400, "DBS.200076")));
    }

    [Test]
    public async Task GroupsCanBeCreatedListedAndDeleted()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        var (created, job) = await Client.SendAsync(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/groups",
            """{"name":"group-1","type":"r","flavor_id":"a615922f-0ed8-3691-aad4-a595185febba","nodes":[{"available_zone":"az1","subnet_id":"s"}]}""");
        var groupId = (string)job!["group_id"]!;
        await Client.StatusAsync(id, "RUNNING");
        var (_, listed) = await Client.SendAsync(HttpMethod.Get, $"/v3/{{p}}/instances/{id}/groups");
        var (deleted, _) = await Client.SendAsync(HttpMethod.Delete, $"/v3/{{p}}/instances/{id}/groups/{groupId}");
        await Client.StatusAsync(id, "RUNNING");
        var (gone, error) = await Client.SendAsync(HttpMethod.Delete, $"/v3/{{p}}/instances/{id}/groups/{groupId}");
        Assert.Multiple(() =>
        {
            Assert.That(created, Is.EqualTo(202));
            Assert.That((int?)listed!["total_count"], Is.EqualTo(2));
            Assert.That(deleted, Is.EqualTo(202));
            Assert.That((gone, (string?)error!["error_code"]), Is.EqualTo((404, "DBS.280001")));
        });
    }

    [Test]
    public async Task ReadOnlySslPortAndEipShowInInstanceDetails()
    {
        var id = await Client.RunningInstanceAsync(nodes: 1);
        await Change(HttpMethod.Put, $"/v3/{{p}}/instances/{id}/readonly-status", """{"readonly":true}""", id);
        await Change(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/switch-ssl", """{"ssl_enabled":true}""", id);
        await Change(HttpMethod.Put, $"/v3/{{p}}/instances/{id}/port", """{"port":5067}""", id);
        await Change(HttpMethod.Post, $"/v3/{{p}}/instances/{id}/eip", """{"public_ip":"10.83.84.176","public_ip_id":"7c87996a-85f4-4029-a254-502999d4767a"}""", id);
        var details = await Client.DetailsAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That((bool?)details["readonly"], Is.True);
            Assert.That((bool?)details["enable_ssl"], Is.True);
            Assert.That((string?)details["access_port"], Is.EqualTo("5067"));
            Assert.That((string?)details["public_ip"], Is.EqualTo("10.83.84.176"));
        });
    }

    [Test]
    public async Task TheNodeClassesIncludeEveryClassOfAppendixA4()
    {
        var (_, body) = await Client.SendAsync(HttpMethod.Get, "/v3/{p}/flavors?engine_id=036dc44a-b560-4316-9e7f-e25a60f2aea2&limit=128");
        var listed = body!["flavor_groups"]!.AsArray()
            .SelectMany(g => g!["flavors"]!.AsArray().Select(f => ((string?)f!["spec_code"], (string?)f["vcpus"], (string?)f["ram"], (string?)g["group_type"])))
            .ToList();
        // Table A-5.
        Assert.That(listed, Is.SupersetOf(new[]
        {
            ("ddm.c6.2xlarge.2", "8", "16", "x86"), ("ddm.c6.4xlarge.2", "16", "32", "x86"), ("ddm.c6.8xlarge.2", "32", "64", "x86"),
            ("ddm.kc1.2xlarge.2", "8", "16", "ARM"), ("ddm.kc1.4xlarge.2", "16", "32", "ARM"), ("ddm.kc1.8xlarge.2", "32", "64", "ARM"),
        }));
    }

    private async Task Change(HttpMethod method, string path, string body, string id)
    {
        var (status, answer) = await Client.SendAsync(method, path, body);
        Assert.That(status, Is.EqualTo(202), answer?.ToJsonString());
        await Client.StatusAsync(id, "RUNNING");
    }
}
