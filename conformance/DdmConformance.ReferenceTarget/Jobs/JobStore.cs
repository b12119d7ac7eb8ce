using System.Collections.Concurrent;

namespace DdmConformance.ReferenceTarget.Jobs;

/// <summary>
/// Every job the target has started, per project, so that a task API (4.5.1 <c>GET /v3/{project_id}/jobs/{job_id}</c>,
/// 4.5.2) can answer for the job ids the instance operations hand out. Jobs are kept for the life of the
/// target (a run creates a few hundred).
/// </summary>
internal sealed class JobStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Project, string Job), Job> jobs = new();

    /// <summary>Records a job on <paramref name="instanceId"/> that runs from now until <paramref name="dueAt"/>.</summary>
    public Job Start(string projectId, string name, string instanceId, string instanceName, DateTimeOffset dueAt)
    {
        var job = new Job(Guid.NewGuid().ToString("D"), name, instanceId, instanceName, clock.GetUtcNow(), dueAt);
        jobs[(projectId, job.Id)] = job;
        return job;
    }

    /// <summary>
    /// Records work under an id the caller already handed out: a shard configuration task (4.3.15) answers
    /// its own id for every action on it, so the job of the latest action replaces the earlier one.
    /// </summary>
    public Job Start(string projectId, string name, string instanceId, string instanceName, DateTimeOffset dueAt, string jobId)
    {
        var job = new Job(jobId, name, instanceId, instanceName, clock.GetUtcNow(), dueAt);
        jobs[(projectId, job.Id)] = job;
        return job;
    }

    public Job? Find(string projectId, string jobId) => jobs.GetValueOrDefault((projectId, jobId));

    /// <summary>The project's jobs, newest first.</summary>
    public IReadOnlyList<Job> ForProject(string projectId)
        => jobs.Where(p => p.Key.Project == projectId).Select(p => p.Value).OrderByDescending(j => j.Created).ToList();
}
