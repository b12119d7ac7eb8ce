namespace DdmConformance.Reports.Overview;

/// <summary>How much of what the reference documents the run actually exercised.</summary>
internal sealed record Coverage(
    int ExamplesDocumented,
    int ExamplesReplayed,
    int OperationsTotal,
    int OperationsExercised,
    int ErrorCodesTotal,
    int ErrorCodesProvokable,
    int ErrorCodesUntriggerable);
