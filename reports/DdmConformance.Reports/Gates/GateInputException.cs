namespace DdmConformance.Reports.Gates;

/// <summary>A baseline or previous summary that cannot be used as given: a usage error, with a message naming the fix.</summary>
public sealed class GateInputException(string message) : Exception(message);
