using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageContracts.Generator.Tests;

/// <summary>Runs the generator the way the compiler does, over the real spec or a test one.</summary>
internal static class GeneratorHarness
{
    public static readonly string SpecPath = Path.Combine(AppContext.BaseDirectory, "Spec", "openai-images.imagespec.yaml");

    public static string SpecText => File.ReadAllText(SpecPath);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    // The runtime library is built for net10.0 here, so compile against the running framework's assemblies.
    public static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .Append(MetadataReference.CreateFromFile(typeof(ImageContracts.ValidationResult).Assembly.Location))
        .ToImmutableArray();

    public static CSharpCompilation Compilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error));

    /// <summary>The switch that keeps shut-down models' request types; most tests here use them, so it defaults to on.</summary>
    public const string EmitRetiredModels = "build_property.ImageContractsEmitRetiredModels";

    /// <summary>The switch that emits every model's requests, named in the code or not; the tests here read generated types
    /// their sources do not name (snapshots, the analyzer corpus), so it defaults to on.</summary>
    public const string EmitUnusedModels = "build_property.ImageContractsEmitUnusedModels";

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? properties = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
        => CSharpGeneratorDriver.Create(
            new[] { new ImageSpecGenerator().AsSourceGenerator() },
            specs,
            ParseOptions,
            new TestOptionsProvider(WithRetiredModels(properties), perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static Dictionary<string, string> WithRetiredModels(IReadOnlyDictionary<string, string>? properties)
    {
        var all = new Dictionary<string, string> { [EmitRetiredModels] = "true", [EmitUnusedModels] = "true" };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        return all;
    }

    public static (GeneratorRunResult Run, Compilation Output) Run(string specText, params string[] sources)
        => Run(new[] { new TestAdditionalText("/specs/openai-images.imagespec.yaml", specText) }, null, sources);

    public static (GeneratorRunResult Run, Compilation Output) Run(IEnumerable<AdditionalText> specs, IReadOnlyDictionary<string, string>? properties, params string[] sources)
    {
        var driver = Driver(specs, properties).RunGeneratorsAndUpdateCompilation(Compilation(sources), out var output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    public static IEnumerable<Diagnostic> Problems(Compilation output)
        => output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
}
