namespace DdmConformance.Cli;

/// <summary>The command line's exit codes (a contract: CI pipelines gate on them).</summary>
public static class ExitCodes
{
    /// <summary>No deviation (beyond the baseline).</summary>
    public const int Conformant = 0;

    /// <summary>Deviations found, or the run did not complete.</summary>
    public const int Deviations = 1;

    /// <summary>Bad flag, bad value, inconsistent configuration.</summary>
    public const int UsageError = 2;

    /// <summary>Nothing answered at the target address.</summary>
    public const int TargetUnreachable = 3;
}
