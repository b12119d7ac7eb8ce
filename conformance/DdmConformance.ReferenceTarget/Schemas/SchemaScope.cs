using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>The instance a schema operation works on, its schemas, and the RDS instances it may use.</summary>
internal sealed record SchemaScope(DdmInstance Instance, InstanceSchemas Schemas, DataNodePool Pool, DateTimeOffset Now);

/// <summary>
/// How the 4.3 handlers reach their state: the instance of the path (404, and DBS.200076 unless RUNNING
/// for changes), its schemas, and the job store for the work they start.
/// </summary>
internal sealed class SchemaAccess(ChapterContext context)
{
    public SchemaStore Store => context.Schemas;

    /// <summary>How long creating, deleting, migrating, switching and the other schema work takes.</summary>
    public TimeSpan Delay => context.Access.ChangeDelay;

    /// <summary>For reads: the instance whatever its status.</summary>
    public SchemaScope Read(OperationRequest request) => Scope(request, context.Access.Find(request));

    /// <summary>For changes: the instance must be RUNNING (DBS.200076), checked before anything the request names in it.</summary>
    public SchemaScope Change(OperationRequest request) => Scope(request, context.Access.Find(request).RequireRunning());

    /// <summary>Records work on <paramref name="instance"/> that ends at <paramref name="dueAt"/> under <paramref name="jobId"/> (a new id when null).</summary>
    public Job Record(OperationRequest request, string name, DdmInstance instance, DateTimeOffset dueAt, string? jobId = null)
        => jobId is null
            ? context.Access.Record(request, name, instance, dueAt)
            : context.Jobs.Start(request.Path("project_id"), name, instance.Id, instance.Name, dueAt, jobId);

    private SchemaScope Scope(OperationRequest request, DdmInstance instance)
    {
        var project = context.Access.Project(request);
        var now = context.Access.Now;
        var schemas = context.Schemas.For(instance.ProjectId, instance.Id);
        schemas.CatchUp(now);
        return new SchemaScope(instance, schemas, new DataNodePool(context.Schemas, project), now);
    }
}
