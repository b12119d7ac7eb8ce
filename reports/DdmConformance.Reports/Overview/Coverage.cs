namespace DdmConformance.Reports.Overview;

/// <summary>How much of what the reference documents the run actually exercised.</summary>
/// <param name="ErrorCodesProvoked">Catalogue codes the target answered, as documented, to a case that asked for an error.</param>
/// <param name="ErrorCodesProvokable">Catalogue codes the suite has a trigger recipe for.</param>
/// <param name="ErrorCodesUntriggerable">Catalogue codes no client can provoke (internal faults), each with its reason.</param>
internal sealed record Coverage(
    int ExamplesDocumented,
    int ExamplesReplayed,
    int OperationsTotal,
    int OperationsExercised,
    int ErrorCodesTotal,
    int ErrorCodesProvokable,
    int ErrorCodesUntriggerable,
    int ErrorCodesProvoked);
