using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using DdmConformance.ReferenceTarget;

namespace DdmConformance.Tests.Target;

/// <summary>A bare HTTP client for one project of a reference target, for tests of the target's behaviour.</summary>
public sealed class ProjectClient(ReferenceServer server, string token) : IDisposable
{
    public const string Project = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    private readonly HttpClient http = new() { BaseAddress = server.BaseUrl };

    /// <summary>The body of the documented 4.2.1 pay-per-use example, with <paramref name="nodes"/> nodes.</summary>
    public static string Purchase(int nodes) => $$$"""
        {"instance":{"name":"ddm-test-001","flavor_id":"8f2e696c-a9c1-30bd-af90-25522bc67606","node_num":{{{nodes}}},
         "engine_id":"2325a707-0361-8be6-dd01-13474bbac437","available_zones":["az1"],"vpc_id":"vpc",
         "security_group_id":"035b70ed-319b-4086-9fd7-62a2e8548b2e","subnet_id":"subnet"}}
        """;

    public async Task<(int Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path.Replace("{p}", Project, StringComparison.Ordinal));
        request.Headers.Add("X-Auth-Token", token);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>Buys a pay-per-use instance and waits until it is RUNNING; returns its id.</summary>
    public async Task<string> RunningInstanceAsync(int nodes)
    {
        var (_, bought) = await SendAsync(HttpMethod.Post, "/v1/{p}/instances", Purchase(nodes));
        var id = (string)bought!["id"]!;
        await StatusAsync(id, "RUNNING");
        return id;
    }

    public async Task<JsonObject> DetailsAsync(string id) => (JsonObject)(await SendAsync(HttpMethod.Get, $"/v1/{{p}}/instances/{id}")).Body!;

    /// <summary>Polls instance details until the status is <paramref name="status"/> (a few seconds at most).</summary>
    public async Task<JsonObject> StatusAsync(string id, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var details = await DetailsAsync(id);
            if ((string?)details["status"] == status || DateTime.UtcNow > deadline)
                return details;
            await Task.Delay(20);
        }
    }

    public void Dispose() => http.Dispose();
}
