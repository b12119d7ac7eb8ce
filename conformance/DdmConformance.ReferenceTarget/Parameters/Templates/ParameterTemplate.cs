using System.Collections.Immutable;
using DdmConformance.ReferenceTarget.Instances;

namespace DdmConformance.ReferenceTarget.Parameters.Templates;

/// <summary>
/// A parameter template (4.10): a default one (<see cref="UserDefined"/> false, seeded, never changed) or a
/// custom one a tenant created or copied. Immutable; <see cref="ProjectTemplates"/> stores new values under its lock.
/// <c>Values</c> holds a value for every parameter of <see cref="TemplateParameters.All"/>; <c>History</c> says
/// where the template was applied, newest first (4.10.7).
/// </summary>
internal sealed record ParameterTemplate(
    string Id,
    string Name,
    string Description,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    bool UserDefined,
    ImmutableDictionary<string, string> Values,
    ImmutableList<ApplyRecord> History)
{
    /// <summary>
    /// The default template every project has. Its id, description and creation time are the 4.10.2 example's
    /// (a default template's id ends in <c>pr01</c> there), so that a client can name it without looking it up.
    /// </summary>
    public static ParameterTemplate Default { get; } = new(
        "07fc12a8e0e94df7a3fcf53d0b5e1605pr01", "default-ddm", "Default parameter group for ddm",
        DefaultCreated, DefaultCreated, UserDefined: false, TemplateParameters.Defaults, []);

    // The example's 2020-05-05T04:40:51+0800.
    private static DateTimeOffset DefaultCreated => new(2020, 5, 4, 20, 40, 51, TimeSpan.Zero);

    public static ParameterTemplate Custom(string name, string description, IReadOnlyDictionary<string, string> values, DateTimeOffset now)
    {
        var created = WireTime.ToSeconds(now);
        return new(ResourceIds.ParameterGroup(), name, description, created, created, UserDefined: true,
            TemplateParameters.Defaults.SetItems(values), []);
    }

    /// <summary>This template changed at <paramref name="now"/>: <c>updated</c> moves on by at least a second (the wire has whole seconds).</summary>
    public ParameterTemplate Touched(DateTimeOffset now)
    {
        var candidate = WireTime.ToSeconds(now);
        return this with { Updated = candidate > Updated ? candidate : Updated.AddSeconds(1) };
    }
}

/// <summary>
/// One application of a template to an instance (4.10.7, Table 4-545): <c>APPLYING</c> until the instance's
/// provisioning ends, then <c>SUCCESS</c> (the target's work never fails).
/// </summary>
internal sealed record ApplyRecord(string InstanceId, string InstanceName, DateTimeOffset AppliedAt, DateTimeOffset DoneAt)
{
    public string ResultAt(DateTimeOffset now) => now >= DoneAt ? "SUCCESS" : "APPLYING";
}
