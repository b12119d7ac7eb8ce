using System.Text.Json;

namespace DdmConformance.Engine.Lifecycle;

/// <summary>A resource the suite created on the target and must remove again.</summary>
/// <param name="Parameter">The path parameter that identifies it (<c>instance_id</c>).</param>
public sealed record CreatedResource(string Api, string Parameter, string Value, string ProducedBy, DateTimeOffset CreatedAt)
{
    /// <summary>The path values of the request that created it (<c>instance_id</c> of a schema): where its deleter must look.</summary>
    public IReadOnlyDictionary<string, string>? Parents { get; init; }
}

/// <summary>
/// Every resource the suite creates, recorded the moment its id is known and removed once it is
/// deleted. Persisted to a file so a killed run's leftovers are swept by the next run.
/// </summary>
public sealed class ResourceLedger(string? path)
{
    private readonly object gate = new();
    private readonly List<CreatedResource> resources = Load(path);

    public IReadOnlyList<CreatedResource> Outstanding
    {
        get { lock (gate) return resources.ToList(); }
    }

    public void Add(CreatedResource resource)
    {
        lock (gate)
        {
            if (resources.Any(r => r.Parameter == resource.Parameter && r.Value == resource.Value)) return;
            resources.Add(resource);
            Save();
        }
    }

    public void Remove(string parameter, string value)
    {
        lock (gate)
        {
            resources.RemoveAll(r => r.Parameter == parameter && r.Value == value);
            Save();
        }
    }

    private void Save()
    {
        if (path is null) return;
        if (resources.Count == 0)
        {
            File.Delete(path);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(resources, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static List<CreatedResource> Load(string? path)
    {
        if (path is null || !File.Exists(path)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<CreatedResource>>(File.ReadAllText(path)) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
