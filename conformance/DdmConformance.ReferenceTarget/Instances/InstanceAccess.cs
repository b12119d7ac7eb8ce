using DdmConformance.ReferenceTarget.Errors;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Jobs;

namespace DdmConformance.ReferenceTarget.Instances;

/// <summary>What a change needs to know: the time, when asynchronous work ends, and where addresses come from.</summary>
internal readonly record struct Schedule(DateTimeOffset Now, DateTimeOffset DueAt, AddressPool Addresses);

/// <summary>An asynchronous change that has started: the instance as it is now, and its job.</summary>
internal sealed record Started(DdmInstance Instance, Job Job);

/// <summary>
/// How handlers reach instances: lookups that answer 404, changes applied atomically under the project's
/// lock, and asynchronous changes, which are recorded as jobs in the <see cref="JobStore"/>. Every change
/// needs the instance RUNNING (DBS.200076), which is checked before anything the request names inside the
/// instance (a group, a node): a busy instance is refused as such, whatever else is wrong.
/// </summary>
internal sealed class InstanceAccess(InstanceStore store, JobStore jobs, ReferenceTargetOptions options, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>How long scaling, class changes and the other asynchronous changes take.</summary>
    public TimeSpan ChangeDelay => options.ChangeDelay ?? options.RestartDelay;

    public ProjectInstances Project(OperationRequest request) => store.For(request.Path("project_id"));

    /// <summary>The instance of the path, as it is now; 404 when the project has none of that id.</summary>
    public DdmInstance Find(OperationRequest request)
    {
        var id = request.Path("instance_id");
        return Project(request).Find(id, Now) ?? throw new ApiErrorException(ApiError.UnknownInstance(id));
    }

    /// <summary>Applies a change at once to a RUNNING instance; <paramref name="change"/> may refuse with an <see cref="ApiErrorException"/>.</summary>
    public DdmInstance Update(OperationRequest request, Func<DdmInstance, Schedule, DdmInstance> change)
    {
        var now = Now;
        var project = Project(request);
        return project.Update(request.Path("instance_id"), now, current => change(current.RequireRunning(), new Schedule(now, now, project.Addresses)));
    }

    /// <summary>
    /// Starts asynchronous work that ends after <paramref name="delay"/> (default <see cref="ChangeDelay"/>)
    /// and records it as job <paramref name="jobName"/>.
    /// </summary>
    public Started Begin(OperationRequest request, string jobName, Func<DdmInstance, Schedule, DdmInstance> change, TimeSpan? delay = null)
    {
        var now = Now;
        var dueAt = now + (delay ?? ChangeDelay);
        var project = Project(request);
        var instance = project.Update(request.Path("instance_id"), now, current => change(current.RequireRunning(), new Schedule(now, dueAt, project.Addresses)));
        return new Started(instance, Record(request, jobName, instance, dueAt));
    }

    /// <summary>Records a job on <paramref name="instance"/> that ends at <paramref name="dueAt"/>.</summary>
    public Job Record(OperationRequest request, string jobName, DdmInstance instance, DateTimeOffset dueAt)
        => jobs.Start(request.Path("project_id"), jobName, instance.Id, instance.Name, dueAt);
}
