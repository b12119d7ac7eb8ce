using DdmConformance.Api;
using DdmConformance.Tests.Support;

namespace DdmConformance.Tests.Spec;

/// <summary>
/// The transcription is complete: the spec has exactly the operations the document's inventory lists
/// (counted from the document, independently of the spec), with as many examples as the document shows.
/// </summary>
public sealed class InventoryTests
{
    private sealed record Row(string Section, string Method, string Path, int RequestExamples, int ResponseExamples);

    private static IReadOnlyList<Row> Inventory(string api)
        => File.ReadAllLines(RepositoryPaths.Spec(Path.Combine("inventory", api + ".tsv")))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => new Row(c[0], c[1], c[2], int.Parse(c[3]), int.Parse(c[4])))
            .ToList();

    [Test]
    public void TheDdmSpecHasExactlyTheOperationsOfTheInventory()
    {
        var documented = Inventory("ddm").Select(r => $"{r.Section} {r.Method} {r.Path}").Order().ToList();
        var transcribed = ApiCatalog.All.Single(a => a.Name == "Ddm").Operations.Select(o => $"{o.Section} {o.Method} {o.PathTemplate}").Order().ToList();
        Assert.That(transcribed, Is.EqualTo(documented));
    }

    [Test]
    public void EveryDdmOperationHasAsManyExamplesAsTheDocumentShows()
    {
        var api = ApiCatalog.All.Single(a => a.Name == "Ddm");
        Assert.Multiple(() =>
        {
            foreach (var row in Inventory("ddm"))
            {
                var op = api.Operations.Single(o => o.Section == row.Section);
                var responses = op.Responses.Sum(r => r.Body?.Examples.Count ?? 0);
                Assert.That(op.RequestExamples, Has.Count.EqualTo(row.RequestExamples), $"{row.Section} request examples");
                Assert.That(responses, Is.EqualTo(row.ResponseExamples), $"{row.Section} response examples");
            }
        });
    }
}
