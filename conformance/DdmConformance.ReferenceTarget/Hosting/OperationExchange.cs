using System.Text.Json;
using System.Text.Json.Nodes;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>What a handler gets: path values, query and the parsed body (for operations that take one).</summary>
internal sealed record OperationRequest(IReadOnlyDictionary<string, string> PathValues, IQueryCollection Query, JsonElement? Body)
{
    public string Path(string name) => PathValues[name];

    public JsonElement RequiredBody => Body ?? throw new InvalidOperationException("operation declared without a body");
}

/// <summary>A successful answer: status and JSON body.</summary>
internal sealed record OperationResult(int Status, JsonNode Body)
{
    public static OperationResult Ok(JsonNode body) => new(200, body);
}
