using DdmConformance.ReferenceTarget.Deviations;
using DdmConformance.ReferenceTarget.Instances;
using DdmConformance.ReferenceTarget.Jobs;

namespace DdmConformance.ReferenceTarget.Hosting;

/// <summary>
/// The shared state a chapter of the reference target builds its operations on: the instances of every
/// project (through <see cref="Access"/>), the single record of asynchronous work (<see cref="Jobs"/>), the
/// active deviations, the options and the clock. Each chapter from 4.3 on exposes
/// <c>static IEnumerable&lt;Operation&gt; Operations(ChapterContext context)</c> and is listed once in
/// <see cref="OperationTable"/>.
/// </summary>
internal sealed record ChapterContext(
    InstanceAccess Access,
    JobStore Jobs,
    JobAnswers Answers,
    ActiveDeviations Deviations,
    ReferenceTargetOptions Options,
    TimeProvider Clock)
{
    /// <summary>The parameter templates of every project (4.10); 4.2.1 applies one named as <c>param_group_id</c>.</summary>
    public required Parameters.Templates.ParameterTemplateStore Templates { get; init; }

    /// <summary>Every schema of every instance (4.3); other chapters query it, e.g. accounts (4.4).</summary>
    public Schemas.SchemaStore Schemas { get; } = new(Clock);

    /// <summary>Every DDM account and administrator of every instance (4.4).</summary>
    public Accounts.AccountStore Accounts { get; } = new();
}
