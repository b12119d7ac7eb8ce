using DdmConformance.Api.Catalog;
using DdmConformance.Engine.Lifecycle;
using DdmConformance.Engine.Running;

namespace DdmConformance.Engine.Planning;

/// <summary>A way to provoke a catalogued error code, named by the catalogue's <c>trigger</c>.</summary>
/// <param name="Trigger">The trigger name the error catalogue (x-error-codes) uses.</param>
/// <param name="AppliesTo">Which operations the recipe can provoke the code on.</param>
/// <param name="Describe">The case's sentence, given the operation and the code.</param>
/// <param name="Body">What the case does.</param>
public sealed record ErrorRecipe(
    string Trigger,
    Func<OperationDescriptor, Producers, bool> AppliesTo,
    Func<OperationDescriptor, ErrorCodeDescriptor, string> Describe,
    Func<CaseRun, ErrorCodeDescriptor, Task> Body);

/// <summary>
/// The recipes the engine knows, keyed by the trigger names of the error catalogue. Which code a recipe
/// provokes, and with which status, is data in the catalog; a code whose trigger has no recipe yet is
/// reported as provokable but not provoked, never silently dropped.
/// </summary>
public static class ErrorRecipes
{
    public static IReadOnlyList<ErrorRecipe> All { get; } =
    [
        // DBS.200076 "The instance and node must be in the Available state": act on an instance that is still being created.
        new("instance-not-available",
            // Only where the resource being created is the last one the path names (a new instance with the shared
            // node, or a new schema with the shared task, names nothing whatever the state), and a resource with a
            // state of its own: a task id (a link's own slot) is work in progress, which its actions may act on.
            (op, producers) => op.Method is "POST" or "PUT" && !producers.IsProducer(op) && CaseBodies.Ends(op) is null
                               && op.PathParameters.LastOrDefault() is { } last && producers.SlotFor(op, last.Name) == last.Name
                               && producers.For(last.Name)?.Op.AsyncJob is not null,
            (op, code) => $"{op.Display} on an instance that is not yet available yields {code.Status} with {code.Code}",
            CaseBodies.NotAvailableAsync),
    ];

    public static ErrorRecipe? For(string trigger) => All.FirstOrDefault(r => r.Trigger == trigger);
}
