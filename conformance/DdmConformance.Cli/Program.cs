using System.CommandLine;
using DdmConformance.Cli;
using DdmConformance.Cli.Verbs;

// `ddm-conformance` with no verb means `run`, as `./run.sh` alone does.
if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help" or "-?" or "--version")) args = ["run", .. args];

var root = new RootCommand("DdmConformance: checks that an endpoint implements the DDM API as documented.")
{
    RunVerb.Command(),
    LintVerb.Command(),
    ServeVerb.Command(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine("error: " + error.Message);
    Console.Error.WriteLine("usage: ddm-conformance [run|lint|serve] [options]   (--help for details)");
    return ExitCodes.UsageError;
}

try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(90) });
}
catch (UsageException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return ExitCodes.UsageError;
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // Last resort: a clear message and a defined code instead of a stack trace.
    Console.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
    return ExitCodes.Deviations;
}
