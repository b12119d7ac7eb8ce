using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Schemas;

namespace DdmConformance.ReferenceTarget.Accounts;

/// <summary>
/// How the account handlers reach their state: the instance of the path (404 when unknown; RUNNING for any
/// change, DBS.200076 otherwise), its accounts, and the schemas (4.3) an account may be associated with.
/// </summary>
internal sealed class AccountAccess(InstanceAccess instances, AccountStore accounts, SchemaStore schemas)
{
    public DateTimeOffset Now => WireTime.ToSeconds(instances.Now);

    /// <summary>The accounts of the path's instance, whatever its status (reads).</summary>
    public InstanceAccounts Reading(OperationRequest request) => Of(request, instances.Find(request));

    /// <summary>The accounts of the path's instance, which must be RUNNING (changes).</summary>
    public InstanceAccounts Changing(OperationRequest request) => Of(request, instances.Find(request).RequireRunning());

    /// <summary>
    /// Schema names as the instance knows them: lowercase ("case-insensitive", Table 4-365), each once, each
    /// an existing schema of the instance; <paramref name="missing"/> is the operation's refusal otherwise.
    /// </summary>
    public ImmutableArray<string> Schemas(OperationRequest request, IReadOnlyList<string> names, Func<string, ApiErrorException> missing)
    {
        var lower = names.Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToImmutableArray();
        if (lower.FirstOrDefault(n => !schemas.Exists(Project(request), Instance(request), n)) is { } unknown)
            throw missing($"the instance has no schema '{unknown}'");
        return lower;
    }

    /// <summary>The account's schemas that still exist: deleting a schema (4.3) ends its associations.</summary>
    public IEnumerable<string> SchemasOf(OperationRequest request, Account account)
        => account.Schemas.Where(n => schemas.Exists(Project(request), Instance(request), n));

    private InstanceAccounts Of(OperationRequest request, DdmInstance instance) => accounts.For(Project(request), instance.Id);

    private static string Project(OperationRequest request) => request.Path("project_id");

    private static string Instance(OperationRequest request) => request.Path("instance_id");
}
