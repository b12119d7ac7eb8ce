using DdmConformance.Generator.Tests.Support;
namespace DdmConformance.Generator.Tests;
public class Explore
{
    [Test]
    public void Dump()
    {
        var dir = Path.Combine(RepositoryLayout.SpecDirectory, "fragments");
        var (yaml, _) = SpecFragmentMerger.Merge(dir);
        Directory.CreateDirectory("/tmp/gen");
        File.WriteAllText("/tmp/gen/merged.yaml", yaml);
        var specs = new List<InMemorySpec> { new(Path.Combine(dir, "ddm.openapi.yaml"), yaml) };
        specs.AddRange(Directory.GetFiles(Path.Combine(dir, "side-apis"), "*.openapi.yaml").Select(f => new InMemorySpec(f, File.ReadAllText(f))));
        var run = GeneratorHarness.Run(specs.ToArray());
        foreach (var (k, v) in run.Sources) File.WriteAllText("/tmp/gen/" + k, v);
    }
}
