using System.Collections.Concurrent;
using DdmConformance.ReferenceTarget.Errors;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>The parameter templates of every project (4.10), created once per target; each project starts with the default template.</summary>
internal sealed class ParameterTemplateStore
{
    private readonly ConcurrentDictionary<string, ProjectTemplates> projects = new(StringComparer.Ordinal);

    public ProjectTemplates For(string projectId) => projects.GetOrAdd(projectId, _ => new ProjectTemplates());
}

/// <summary>One project's templates: the default one first, then the custom ones in creation order. One lock guards them.</summary>
internal sealed class ProjectTemplates
{
    private readonly Lock gate = new();
    private readonly List<ParameterTemplate> templates = [ParameterTemplate.Default];

    public IReadOnlyList<ParameterTemplate> All()
    {
        lock (gate)
            return templates.ToList();
    }

    public ParameterTemplate? Find(string id)
    {
        lock (gate)
            return templates.Find(t => t.Id.Equals(id, StringComparison.Ordinal));
    }

    /// <summary>The template of the path; 404 when the project has none of that id.</summary>
    public ParameterTemplate Get(string id) => Find(id) ?? throw Unknown(id);

    public ParameterTemplate Add(ParameterTemplate template)
    {
        lock (gate)
            templates.Add(template);
        return template;
    }

    /// <summary>Applies <paramref name="change"/> atomically; it may refuse with an <see cref="ApiErrorException"/>.</summary>
    public ParameterTemplate Change(string id, Func<ParameterTemplate, ParameterTemplate> change)
    {
        lock (gate)
        {
            var index = templates.FindIndex(t => t.Id.Equals(id, StringComparison.Ordinal));
            if (index < 0)
                throw Unknown(id);
            return templates[index] = change(templates[index]);
        }
    }

    /// <summary>Removes the template after <paramref name="guard"/> accepted it.</summary>
    public ParameterTemplate Remove(string id, Action<ParameterTemplate> guard)
    {
        lock (gate)
        {
            var template = templates.Find(t => t.Id.Equals(id, StringComparison.Ordinal)) ?? throw Unknown(id);
            guard(template);
            templates.Remove(template);
            return template;
        }
    }

    private static ApiErrorException Unknown(string id) => new(ApiError.UnknownResource("parameter template", id));
}
