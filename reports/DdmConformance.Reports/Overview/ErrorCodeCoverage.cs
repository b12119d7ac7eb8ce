using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Checks;
using DdmConformance.Engine.Planning;
using DdmConformance.Engine.Results;

namespace DdmConformance.Reports.Overview;

/// <summary>Where a catalogue error code stands after the run.</summary>
internal enum ErrorCodeState
{
    /// <summary>The target answered it, as documented, to a case that asked for an error.</summary>
    Provoked,

    /// <summary>The suite has a recipe, but no case got the code back (not run, skipped, or the target answered otherwise).</summary>
    NotProvoked,

    /// <summary>No client can provoke it (an internal fault); the catalogue says why.</summary>
    Untriggerable,

    /// <summary>Neither a recipe nor a reason: a gap of the suite.</summary>
    NoRecipe,
}

/// <summary>One row of the error-code catalogue (appendix A.3) and what the run did with it.</summary>
/// <param name="HasRecipe">The engine implements the trigger the catalogue names (a trigger name alone provokes nothing).</param>
internal sealed record ErrorCodeRow(string Api, ErrorCodeDescriptor Code, ErrorCodeState State, int ProvokedBy, bool HasRecipe);

internal static class ErrorCodeCoverage
{
    /// <summary>
    /// A code counts as provoked when an error case's <c>error-code</c> check passed with it: the target
    /// returned that catalogue code in the documented error format, for a request that had to fail.
    /// </summary>
    public static IReadOnlyList<ErrorCodeRow> Of(RunResult run)
    {
        var provoked = run.Cases
            .Where(c => c.Kind == CaseKind.Error)
            .SelectMany(c => c.Checks.Where(k => k.Passed && k.Check == ErrorBodyCheck.CodeCheck).Select(k => (c.Api, Code: k.Actual)))
            .GroupBy(x => x)
            .ToDictionary(g => g.Key, g => g.Count());

        return run.Apis.SelectMany(api => api.ErrorCodes.Select(code =>
        {
            var count = provoked.GetValueOrDefault((api.Name, code.Code));
            var state = count > 0 ? ErrorCodeState.Provoked
                : code.Untriggerable.Length > 0 ? ErrorCodeState.Untriggerable
                : code.Trigger.Length > 0 ? ErrorCodeState.NotProvoked
                : ErrorCodeState.NoRecipe;
            return new ErrorCodeRow(api.Name, code, state, count, code.Provocations.Count > 0 || (code.Trigger.Length > 0 && ErrorRecipes.For(code.Trigger) is not null));
        })).ToList();
    }
}
