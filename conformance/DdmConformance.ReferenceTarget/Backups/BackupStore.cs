using System.Collections.Concurrent;
using DdmConformance.ReferenceTarget.Hosting;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;

namespace DdmConformance.ReferenceTarget.Backups;

/// <summary>The backups of every project, for the life of the target; each read first takes the backups that are due.</summary>
internal sealed class BackupStore(InstanceAccess access, JobStore jobs)
{
    private readonly ConcurrentDictionary<string, ProjectBackups> projects = new(StringComparer.Ordinal);

    public ProjectBackups Project(OperationRequest request)
    {
        var projectId = request.Path("project_id");
        var backups = projects.GetOrAdd(projectId, _ => new ProjectBackups());
        backups.CatchUp(jobs.ForProject(projectId), access.Project(request), access.Now);
        return backups;
    }
}
