using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DdmConformance.Generator.Tests.Support;

/// <summary>
/// Runs <see cref="SpecGenerator"/> the way the compiler does (CSharpGeneratorDriver, step tracking on)
/// over in-memory specs, and compiles what it emits together with the runtime types the emitted code
/// references (<c>DdmConformance.Api.ApiRequest</c> and <c>DdmConformance.Api.Catalog.*</c>).
/// </summary>
/// <remarks>
/// The runtime types are compiled from their source in conformance/DdmConformance.Api rather than taken
/// from that project's assembly: that assembly is itself built by running this generator over spec/, so
/// referencing it would make the generator's tests depend on the current state of the spec (and its
/// generated types would clash with the ones compiled here).
/// </remarks>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Runs the generator once over <paramref name="specs"/>, in a compilation that references RestSharp.</summary>
    public static GeneratorRun Run(params AdditionalText[] specs) => Run(withRestSharp: true, specs);

    /// <summary>Runs the generator once; <paramref name="withRestSharp"/> decides whether the compilation references RestSharp.</summary>
    public static GeneratorRun Run(bool withRestSharp, params AdditionalText[] specs)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SpecGenerator().AsSourceGenerator() },
            specs,
            ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return GeneratorRun.Start(driver, withRestSharp ? RuntimeCompilation.Value : RuntimeCompilationWithoutRestSharp.Value);
    }

    /// <summary>The compilation the generator runs in: the runtime types and the framework, nothing generated yet.</summary>
    private static readonly Lazy<CSharpCompilation> RuntimeCompilationWithoutRestSharp = new(() =>
    {
        var api = RepositoryLayout.ApiProjectDirectory;
        var sources = new[] { Path.Combine(api, "ApiRequest.cs") }
            .Concat(Directory.GetFiles(Path.Combine(api, "Catalog"), "*.cs").OrderBy(f => f, StringComparer.Ordinal));
        var trees = sources
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "ImplicitUsings.cs"));
        return CSharpCompilation.Create("GeneratedApi", trees, FrameworkReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    });

    private static readonly Lazy<CSharpCompilation> RuntimeCompilation = new(() =>
        RuntimeCompilationWithoutRestSharp.Value.AddReferences(MetadataReference.CreateFromFile(typeof(RestSharp.RestClient).Assembly.Location)));

    // The SDK's implicit usings, which DdmConformance.Api's sources rely on.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static IEnumerable<MetadataReference> FrameworkReferences()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                        || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
}

/// <summary>One run of the generator: what it emitted and reported, and the compiled result.</summary>
internal sealed class GeneratorRun
{
    private readonly CSharpCompilation input;
    private readonly Compilation output;

    private GeneratorRun(GeneratorDriver driver, CSharpCompilation input, Compilation output)
    {
        Driver = driver;
        this.input = input;
        this.output = output;
        Result = driver.GetRunResult().Results.Single();
    }

    internal static GeneratorRun Start(GeneratorDriver driver, CSharpCompilation input)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out _);
        return new GeneratorRun(driver, input, output);
    }

    public GeneratorDriver Driver { get; }

    /// <summary>The generator's own result: sources, diagnostics, exception, tracked steps.</summary>
    public GeneratorRunResult Result { get; }

    /// <summary>The spec findings (and a CS8785 if the generator threw).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Emitted files by hint name, newlines as emitted.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Reruns the same driver on the same input (what the IDE does on every keystroke elsewhere).</summary>
    public GeneratorRun Rerun() => Start(Driver, input);

    /// <summary>Reruns after replacing one spec file with an edited version.</summary>
    public GeneratorRun RerunWith(AdditionalText original, AdditionalText edited)
        => Start(Driver.ReplaceAdditionalText(original, edited), input);

    /// <summary>Errors (and, on request, warnings) from compiling the emitted code with the runtime types.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems(DiagnosticSeverity atLeast = DiagnosticSeverity.Error)
        => output.GetDiagnostics().Where(d => d.Severity >= atLeast).ToList();

    /// <summary>Problems of compiling <paramref name="userCode"/> against the emitted code: what a user of it would see.</summary>
    public IReadOnlyList<Diagnostic> ProblemsCompiling(string userCode)
    {
        var tree = CSharpSyntaxTree.ParseText(userCode, GeneratorHarness.ParseOptions, "UserCode.cs");
        return output.AddSyntaxTrees(tree).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree).ToList();
    }

    /// <summary>Compiles the emitted code (with the runtime types and <paramref name="userCode"/>) and loads it, to exercise it.</summary>
    public System.Reflection.Assembly LoadAssembly(string? userCode = null)
    {
        using var image = new MemoryStream();
        var compilation = userCode == null ? output : output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(userCode, GeneratorHarness.ParseOptions, "UserCode.cs"));
        var result = compilation.Emit(image);
        if (!result.Success)
            throw new InvalidOperationException("the emitted code does not compile:\n" + Describe(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext("generated", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>Compilation problems as readable lines: <c>hint(line,col): id message</c> plus the offending source line.</summary>
    public static string Describe(IEnumerable<Diagnostic> problems, int max = 40)
    {
        var list = problems.ToList();
        var lines = list.Take(max).Select(d =>
        {
            var span = d.Location.GetLineSpan();
            var text = d.Location.SourceTree?.GetText().Lines[span.StartLinePosition.Line].ToString().Trim() ?? "";
            return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
                   + (text.Length > 0 ? "\n    " + (text.Length > 200 ? text[..200] + "…" : text) : "");
        });
        return string.Join("\n", lines) + (list.Count > max ? $"\n… and {list.Count - max} more" : "");
    }
}
