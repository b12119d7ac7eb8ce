using System.Diagnostics;
using System.Globalization;
using System.Text;
using DdmConformance.Generator;
using DdmConformance.Generator.Analysis;
using DdmConformance.Generator.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

// Times the generator over the full DDM spec (spec/ddm.openapi.yaml), in process, the way the compiler runs it. See bench/README.md.

var root = FindRoot();
var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10;
var (specPath, specText, description) = FullDdmSpec(root);
Console.WriteLine($"Spec: {description} ({specText.Split('\n').Length} lines); {iterations} warm iterations, median reported.");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
Console.WriteLine();

// 1. Lint: what `run.sh lint` reports, i.e. reading the spec and running every rule (no C# emitted).
var lintCold = Time(() => SpecParser.Parse(specPath, specText));
var result = SpecParser.Parse(specPath, specText);
var document = YamlToJson.Read(specPath, specText);
var yaml = Median(iterations, () => YamlToJson.Read(specPath, specText));
var reader = new SpecReader(document);
var specModel = reader.Read();
var model = Median(iterations, () => new SpecReader(document).Read());
var rules = Median(iterations, () => SpecAnalyzer.Analyze(specModel, reader));
var openApi = Median(iterations, () => OpenApiStructureCheck.Check(document.Root));

// 2. The generator as the compiler runs it: a full run, a no-op rerun, a rerun after editing one operation.
var compilation = Compilation(root);
var spec = new Spec(specPath, specText);
var fullCold = Time(() => Driver().RunGenerators(compilation));
var full = Median(iterations, () => Driver().RunGenerators(compilation));
var warmDriver = Driver().RunGenerators(compilation);
var noOp = Median(iterations, () => warmDriver.RunGenerators(compilation));
var edited = EditOneDescription(specText);
var oneEdit = Median(iterations, () => warmDriver.ReplaceAdditionalText(spec, new Spec(specPath, edited)).RunGenerators(compilation));
var run = warmDriver.GetRunResult().Results.Single();
var emitted = run.GeneratedSources.Length;
var emittedKb = run.GeneratedSources.Sum(s => s.SourceText.Length) / 1024;
var editRun = warmDriver.ReplaceAdditionalText(spec, new Spec(specPath, edited)).RunGenerators(compilation).GetRunResult().Results.Single();
var regenerated = editRun.TrackedSteps[SpecGenerator.Steps.Operations].SelectMany(s => s.Outputs)
    .Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);

// Measured after the generator runs, so that it runs the same (tier-1 JIT) code they ran.
var lint = Median(iterations, () => SpecParser.Parse(specPath, specText));

// 3. The C# compiler over the emitted code (what a build adds on top of the generator).
var output = compilation.AddSyntaxTrees(run.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, Parse, s.HintName)));
var compileCold = Time(() => output.GetDiagnostics());
var compile = Median(Math.Max(1, iterations / 3), () => output.RemoveAllSyntaxTrees().AddSyntaxTrees(output.SyntaxTrees).GetDiagnostics());

Console.WriteLine("Times are wall clock / CPU time of the process (the CPU time is what to compare on a busy machine).");
Console.WriteLine();
Console.WriteLine("| what | cold (first call, with JIT) | warm (median) |");
Console.WriteLine("|---|---:|---:|");
Row("lint: read the spec and run every rule", lintCold, lint);
Row("  of which YAML → JSON tree", null, yaml);
Row("  of which model (operations, types, names)", null, model);
Row("  of which the rules DDM0002–DDM0025", null, rules);
Row("  of which the OpenAPI reader (DDM0006)", null, openApi);
Row($"generator, full run ({emitted} files, {emittedKb} KB of C#)", fullCold, full);
Row("generator, no-op rerun (nothing changed)", null, noOp);
Row($"generator, rerun after editing one operation's description ({regenerated} operation regenerated)", null, oneEdit);
Row("C# compiler over the emitted code (binding + diagnostics)", compileCold, compile);
Console.WriteLine();
Console.WriteLine($"Findings on the full DDM spec: {result.Findings.Count} — "
                  + string.Join(", ", result.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} × {g.Count()}")));
return 0;

GeneratorDriver Driver()
    => CSharpGeneratorDriver.Create(new[] { new SpecGenerator().AsSourceGenerator() }, new AdditionalText[] { spec }, Parse,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

static void Row(string what, Timing? cold, Timing warm)
    => Console.WriteLine($"| {what} | {(cold is { } c ? c.ToString() : "")} | {warm} |");

static Timing Time(Action action)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    action();
    watch.Stop();
    process.Refresh();
    return new Timing(watch.Elapsed, process.TotalProcessorTime - cpu);
}

static Timing Median(int count, Action action)
{
    // Two untimed runs first: the JIT's tier-1 recompilation happens there, not in the measurements.
    action();
    action();
    var times = Enumerable.Range(0, count).Select(_ => Time(action)).ToList();
    return new Timing(times.Select(t => t.Wall).OrderBy(t => t).ElementAt(count / 2), times.Select(t => t.Cpu).OrderBy(t => t).ElementAt(count / 2));
}

static string EditOneDescription(string text)
{
    // The first operation's summary, edited in place (same number of lines, as a typo fix would be).
    var at = text.IndexOf("summary: ", StringComparison.Ordinal);
    return at < 0 ? text + "\n# edited\n" : text.Insert(at + "summary: ".Length, "Edited ");
}

static (string Path, string Text, string Description) FullDdmSpec(string root)
{
    var ddm = Path.Combine(root, "spec", "ddm.openapi.yaml");
    return (ddm, File.ReadAllText(ddm), "spec/ddm.openapi.yaml");
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "DdmConformance.sln"))) return dir.FullName;
    throw new InvalidOperationException("DdmConformance.sln not found above " + AppContext.BaseDirectory);
}

static CSharpCompilation Compilation(string root)
{
    // As in DdmConformance.Api: the runtime types the emitted code uses, the framework, RestSharp.
    var api = Path.Combine(root, "conformance", "DdmConformance.Api");
    var sources = new[] { Path.Combine(api, "ApiRequest.cs") }.Concat(Directory.GetFiles(Path.Combine(api, "Catalog"), "*.cs"));
    var trees = sources.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), Parse, f))
        .Append(CSharpSyntaxTree.ParseText("global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;", Parse));
    var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
        .Append(typeof(RestSharp.RestClient).Assembly.Location)
        .Select(p => MetadataReference.CreateFromFile(p));
    return CSharpCompilation.Create("GeneratedApi", trees, references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}

internal sealed class Spec(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}

/// <summary>Wall-clock and process CPU time of one measurement.</summary>
internal readonly record struct Timing(TimeSpan Wall, TimeSpan Cpu)
{
    public static Timing operator -(Timing a, Timing b) => new(a.Wall - b.Wall, a.Cpu - b.Cpu);

    public override string ToString() => Ms(Wall) + " / " + Ms(Cpu);

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}

partial class Program
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);
}
