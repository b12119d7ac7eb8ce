using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Gates;

/// <summary>
/// What identifies a deviation across runs: the case (its id is stable) and the check that failed.
/// Expected and actual text are left out on purpose: they carry ids and timings that change every run.
/// </summary>
public readonly record struct DeviationKey(string Case, string Check)
{
    public static DeviationKey Of(Deviation d) => new(d.Case, d.Check);

    public override string ToString() => $"{Case} [{Check}]";
}
