namespace DdmConformance.Cli;

/// <summary>A configuration the user can fix (exit code 2); the message says how.</summary>
public sealed class UsageException(string message) : Exception(message);
