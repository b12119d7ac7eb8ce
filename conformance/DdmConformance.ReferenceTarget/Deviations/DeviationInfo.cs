namespace DdmConformance.ReferenceTarget;

/// <summary>A named way in which the reference target can be told to deviate from the spec.</summary>
/// <param name="Name">The name used on the command line and in <see cref="ReferenceTargetOptions.Deviations"/>.</param>
/// <param name="Description">One line: what the target does differently while the deviation is on.</param>
public sealed record DeviationInfo(string Name, string Description);
