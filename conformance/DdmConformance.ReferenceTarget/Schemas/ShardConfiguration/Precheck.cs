using System.Collections.Immutable;

namespace DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

/// <summary>One check item of a pre-check (Tables 4-293, 4-299).</summary>
/// <param name="Name">The check item.</param>
/// <param name="Status"><c>SUCCESS</c>, <c>FAILED</c> or <c>WARN</c>.</param>
/// <param name="HandlingSuggestion">What to do about it.</param>
/// <param name="ErrorMessage">Empty on success; on failure the A.3 code and message that say why.</param>
internal sealed record PrecheckItem(string Name, string Status, string HandlingSuggestion, string ErrorMessage = "");

/// <summary>A pre-check of shard configuration (4.3.13): its id is the <c>job_id</c> 4.3.14 reads it by.</summary>
internal sealed record Precheck(string Id, string SchemaName, ImmutableArray<PrecheckItem> Results)
{
    public bool Passed => Results.All(r => r.Status != "FAILED");
}
