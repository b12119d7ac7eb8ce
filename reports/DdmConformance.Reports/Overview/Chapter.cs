using System.Globalization;

namespace DdmConformance.Reports.Overview;

/// <summary>
/// A chapter of the reference (<c>4.2 Instances</c>): the rows of the report's matrix and the epics of Allure.
/// Derived from the sections of its operations (<c>4.2.1</c> belongs to <c>4.2</c>) and their first tag.
/// </summary>
internal sealed record Chapter(string Key, string Number, string Title, IReadOnlyList<OperationTally> Operations)
{
    /// <summary><c>4.2 Instances</c>, or just one of the two when the other is unknown.</summary>
    public string Display => Title.Length == 0 ? Number : Number.Length == 0 ? Title : $"{Number} {Title}";

    public WorstOutcome Worst => Operations.Count == 0 ? WorstOutcome.NotExercised : Operations.Max(o => o.Worst);

    /// <summary>Groups operations by chapter, in order of first appearance (the catalog's order).</summary>
    public static IReadOnlyList<Chapter> Of(IReadOnlyList<OperationTally> operations, bool qualifyWithApi)
    {
        var order = new List<string>();
        var groups = new Dictionary<string, (string Number, string Title, List<OperationTally> Ops)>(StringComparer.Ordinal);
        foreach (var op in operations)
        {
            var number = NumberOf(op.Section);
            var title = op.Tags.FirstOrDefault() ?? "";
            if (qualifyWithApi) title = title.Length == 0 ? op.Api : $"{title} ({op.Api})";
            var key = op.Api + "|" + (number.Length > 0 ? number : title);
            if (!groups.TryGetValue(key, out var group))
            {
                group = (number, title, []);
                groups[key] = group;
                order.Add(key);
            }
            group.Ops.Add(op);
        }
        return order.Select((key, i) => new Chapter("ch-" + i.ToString(CultureInfo.InvariantCulture), groups[key].Number, groups[key].Title, groups[key].Ops)).ToList();
    }

    /// <summary><c>4.2.1</c> → <c>4.2</c>; a section without a dot is its own chapter.</summary>
    public static string NumberOf(string section)
    {
        var dot = section.LastIndexOf('.');
        return dot > 0 ? section[..dot] : section;
    }
}
