using DdmConformance.ReferenceTarget.Schemas.ShardConfiguration;

namespace DdmConformance.ReferenceTarget.Schemas;

/// <summary>
/// The schemas of one DDM instance and their shard configuration tasks and pre-checks. One lock guards
/// them; every access first applies what the clock has made due (a v3 deletion ends, a task phase ends, an
/// automatic route switch falls into its window). <see cref="Schema"/> and <see cref="ShardTask"/> values
/// are immutable, so a value handed out can be read freely.
/// </summary>
internal sealed class InstanceSchemas
{
    private readonly Lock gate = new();
    private readonly List<Schema> schemas = [];
    private readonly List<ShardTask> tasks = []; // in creation order: the last of a schema is its latest
    private readonly Dictionary<string, Precheck> prechecks = new(StringComparer.Ordinal);
    private DateTimeOffset lastSeen = DateTimeOffset.MinValue;

    /// <summary>The schema of this name at <paramref name="now"/> (case-insensitive, 4.3.3), or null.</summary>
    public Schema? Find(string name, DateTimeOffset now) => Change(now, e => e.Find(name));

    /// <summary>Every schema at <paramref name="now"/>, oldest first.</summary>
    public IReadOnlyList<Schema> All(DateTimeOffset now) => Change(now, e => e.Schemas.ToList());

    /// <summary>Whether any schema has shards on, or any unfinished task copies data to, RDS instance <paramref name="rdsId"/>.</summary>
    public bool Uses(string rdsId)
    {
        lock (gate)
            return schemas.Any(s => s.UsedRds.Contains(rdsId)) || tasks.Any(t => t.Holds(rdsId));
    }

    /// <summary>
    /// Runs <paramref name="work"/> under the lock after catching up with <paramref name="now"/>: the one
    /// way to change schemas and tasks, so that checks and changes are atomic.
    /// </summary>
    public T Change<T>(DateTimeOffset now, Func<Editor, T> work)
    {
        lock (gate)
        {
            CatchUp(now);
            return work(new Editor(this, now));
        }
    }

    /// <summary>Applies what is due: ended deletions, ended task phases, automatic switches in their window.</summary>
    public void CatchUp(DateTimeOffset now)
    {
        lock (gate)
        {
            if (now < lastSeen)
                now = lastSeen;
            lastSeen = now;
            schemas.RemoveAll(s => s.DeletedAt <= now);
            for (var i = 0; i < tasks.Count; i++)
            {
                var current = tasks[i].CaughtUp(now);
                if (current.SwitchesAutomaticallyAt(now))
                    current = SwitchRoute(current, now);
                tasks[i] = current;
            }
        }
    }

    // The schema takes the task's new layout; the task is switched.
    private ShardTask SwitchRoute(ShardTask task, DateTimeOffset now)
    {
        var index = schemas.FindIndex(s => s.Name == task.SchemaName);
        if (index >= 0)
            schemas[index] = schemas[index] with { UsedRds = task.AfterRds, Shards = Schema.Layout(task.SchemaName, task.AfterShards, task.AfterRds), ShardUnit = null, Updated = now };
        return task with { Phase = TaskPhase.Switched };
    }

    /// <summary>Changes under the lock of an <see cref="InstanceSchemas"/>; valid only inside <see cref="Change{T}"/>.</summary>
    internal sealed class Editor(InstanceSchemas owner, DateTimeOffset now)
    {
        public DateTimeOffset Now => now;

        public IReadOnlyList<Schema> Schemas => owner.schemas;

        public Schema? Find(string name) => owner.schemas.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

        public void Add(Schema schema) => owner.schemas.Add(schema);

        public void Replace(Schema schema)
            => owner.schemas[owner.schemas.FindIndex(s => s.Name == schema.Name)] = schema;

        public void Remove(Schema schema) => owner.schemas.RemoveAll(s => s.Name == schema.Name);

        /// <summary>The schema's latest shard configuration task, if any.</summary>
        public ShardTask? LatestTask(string schemaName)
            => owner.tasks.LastOrDefault(t => t.SchemaName == schemaName);

        public IEnumerable<ShardTask> Tasks => owner.tasks;

        public ShardTask? Task(string id) => owner.tasks.FirstOrDefault(t => t.Id == id);

        /// <summary>Adds a new task, or replaces the task of the same id where it stands.</summary>
        public void Put(ShardTask task)
        {
            var index = owner.tasks.FindIndex(t => t.Id == task.Id);
            if (index < 0)
                owner.tasks.Add(task);
            else
                owner.tasks[index] = task;
        }

        /// <summary>Moves the route of <paramref name="task"/>'s schema to the new layout; the task is Switching until <paramref name="dueAt"/>.</summary>
        public ShardTask Switch(ShardTask task, DateTimeOffset dueAt)
        {
            var switched = owner.SwitchRoute(task, now) with { Phase = TaskPhase.Switching, PhaseUntil = dueAt };
            Put(switched);
            return switched;
        }

        /// <summary>Moves the route back to the original layout; the task is RollingBack until <paramref name="dueAt"/>.</summary>
        public ShardTask RollBack(ShardTask task, DateTimeOffset dueAt)
        {
            if (Find(task.SchemaName) is { } schema)
                Replace(schema with { UsedRds = task.OriginalRds, Shards = Schema.Layout(schema.Name, task.OriginalShards, task.OriginalRds), Updated = now });
            var rolling = task with { Phase = TaskPhase.RollingBack, PhaseUntil = dueAt };
            Put(rolling);
            return rolling;
        }

        public Precheck? PrecheckOf(string id) => owner.prechecks.GetValueOrDefault(id);

        public void Put(Precheck precheck) => owner.prechecks[precheck.Id] = precheck;

        public string StatusOf(Schema schema) => schema.StatusAt(now, LatestTask(schema.Name));
    }
}
