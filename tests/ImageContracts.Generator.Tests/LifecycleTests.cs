using System.Collections.Immutable;
using ImageContracts.Generator.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// Lifecycle at compile time is a function of the inputs: the spec's asOf, or $(ImageContractsLifecycleDate).
/// The models here come from an overlay, so the tests do not move when the bundled spec's facts do.
/// </summary>
public class LifecycleTests
{
    private const string Overlay = """
        spec: openai-images
        sources:
          TEST-LIFECYCLE: { title: "Lifecycle test facts" }
        models:
          test-sunset:
            type: TestSunset
            extends: gpt-image-2
            lifecycle: { released: 2026-01-01, deprecated: 2029-06-01, shutdown: 2030-01-01, replacement: [gpt-image-2, test-forever], source: TEST-LIFECYCLE }
          test-rumoured:
            type: TestRumoured
            extends: gpt-image-2
            lifecycle: { shutdown: 2020-01-01, confirmed: false, source: TEST-LIFECYCLE }
          test-forever:
            type: TestForever
            extends: gpt-image-2
            lifecycle: { released: 2026-01-01, source: TEST-LIFECYCLE }
        hostModels:
          models:
            - { id: test-host, lifecycle: { shutdown: 2030-01-01, replacement: test-host-2, source: TEST-LIFECYCLE }, source: TEST-LIFECYCLE }
            - { id: test-host-2, source: TEST-LIFECYCLE }
        """;

    private const string Statements = """
        var typed = new TestSunset.GenerateRequest("p");
        var loose = new ImageGenerationRequest("p") { Model = "test-sunset" };
        var rumoured = new ImageGenerationRequest("p") { Model = "test-rumoured" };
        var rumouredTyped = new TestRumoured.GenerateRequest("p");
        var forever = new TestForever.GenerateRequest("p");
        ImageContract.Validate("generations", "test-sunset", new Dictionary<string, object?> { ["prompt"] = "p" });
        new TestForever.ImageGenerationTool().Validate("test-host");
        """;

    [Fact]
    public async Task Before_the_shutdown_a_model_is_deprecated_information_only()
    {
        var diagnostics = await BuildAsync(lifecycleDate: "2029-12-31");

        Assert.DoesNotContain(diagnostics, d => d.Id == "IMG0010");
        var deprecated = diagnostics.Where(d => d.Id == "IMG0013").ToList();
        Assert.All(deprecated, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(6, deprecated.Count);
        Assert.Contains(deprecated, d => d.GetMessage() == "test-sunset shuts down on 2030-01-01; use gpt-image-2 or test-forever.");
        Assert.Contains(deprecated, d => d.GetMessage() == "test-host shuts down on 2030-01-01; use test-host-2.");
        Assert.Equal(2, deprecated.Count(d => d.GetMessage().StartsWith("test-rumoured was shut down on 2020-01-01 (date UNCONFIRMED)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task On_and_after_the_shutdown_typed_uses_are_obsolete_and_strings_warn()
    {
        var diagnostics = await BuildAsync(lifecycleDate: "2030-01-01");

        var retired = diagnostics.Where(d => d.Id == "IMG0010").ToList();
        Assert.All(retired, d => Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity));

        // The class: the compiler's [Obsolete] diagnostic at the type; the analyzer does not repeat it.
        var typed = Assert.Single(retired, d => d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length) == "TestSunset");
        Assert.Equal("'TestSunset' is obsolete: 'test-sunset was shut down on 2030-01-01; requests to it fail; use gpt-image-2 or test-forever.'", typed.GetMessage());

        // Strings: the loose Model, the dictionary call's model argument, the tool's host.
        Assert.Equal(3, retired.Count(d => d.GetMessage().Contains("test-sunset was shut down", StringComparison.Ordinal)));
        Assert.Contains(retired, d => d.GetMessage() == "test-host was shut down on 2030-01-01; requests to it fail; use test-host-2.");

        // An UNCONFIRMED date never becomes a warning, whatever the cut-off.
        Assert.DoesNotContain(retired, d => d.GetMessage().Contains("test-rumoured", StringComparison.Ordinal));
        Assert.Equal(2, diagnostics.Count(d => d.Id == "IMG0013"));
    }

    [Fact]
    public async Task Without_a_property_the_cut_off_is_the_spec_asOf()
    {
        // The bundled spec's asOf lies before 2030, so test-sunset is deprecated and test-rumoured (2020) is past.
        var diagnostics = await BuildAsync(lifecycleDate: null);

        Assert.DoesNotContain(diagnostics, d => d.Id == "IMG0010");
        Assert.Equal(6, diagnostics.Count(d => d.Id == "IMG0013"));
    }

    [Fact]
    public async Task A_malformed_lifecycle_date_is_reported_and_the_asOf_is_used()
    {
        var (run, _) = Generate("next tuesday");

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal(("IMGSPEC020", DiagnosticSeverity.Warning), (warning.Id, warning.DefaultSeverity));
        Assert.Contains("'next tuesday'", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(await BuildAsync(lifecycleDate: null).ContinueWith(t => t.Result.Select(d => d.Id + d.GetMessage())),
            await BuildAsync(lifecycleDate: "next tuesday").ContinueWith(t => t.Result.Select(d => d.Id + d.GetMessage())));
    }

    [Fact]
    public void Active_models_carry_no_obsolete_attribute()
    {
        var (_, output) = Generate("2030-01-01");

        Assert.NotEmpty(output.GetTypeByMetadataName("ImageContracts.TestSunset")!.GetAttributes().Where(a => a.AttributeClass!.Name == "ObsoleteAttribute"));
        Assert.Empty(output.GetTypeByMetadataName("ImageContracts.TestForever")!.GetAttributes().Where(a => a.AttributeClass!.Name == "ObsoleteAttribute"));
        Assert.Empty(output.GetTypeByMetadataName("ImageContracts.TestRumoured")!.GetAttributes().Where(a => a.AttributeClass!.Name == "ObsoleteAttribute"));
    }

    private static (GeneratorRunResult Run, Compilation Output) Generate(string? lifecycleDate, params string[] sources)
        => GeneratorHarness.Run(Specs, Properties(lifecycleDate), sources);

    private static readonly AdditionalText[] Specs =
    {
        new TestAdditionalText("/specs/a/openai-images.imagespec.yaml", GeneratorHarness.SpecText),
        new TestAdditionalText("/specs/b/lifecycle.imagespec.yaml", Overlay),
    };

    private static Dictionary<string, string> Properties(string? lifecycleDate)
        => lifecycleDate is null ? new() : new() { ["build_property.ImageContractsLifecycleDate"] = lifecycleDate };

    /// <summary>Compiler and analyzer diagnostics of <see cref="Statements"/>, as a build reports them.</summary>
    private static async Task<ImmutableArray<Diagnostic>> BuildAsync(string? lifecycleDate)
    {
        var (source, _) = AnalyzerHarness.Wrap(Statements);
        var (_, output) = Generate(lifecycleDate, source);
        var compilation = output.WithOptions(output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        var tree = compilation.SyntaxTrees.First(t => t.ToString() == source);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));

        var analyzerOptions = new AnalyzerOptions(Specs.ToImmutableArray(), new TestOptionsProvider(Properties(lifecycleDate)));
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ImageContractsAnalyzer()), analyzerOptions);
        var fromAnalyzer = await analyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
        var fromCompiler = compilation.GetSemanticModel(tree).GetDiagnostics();
        return fromCompiler.Concat(fromAnalyzer).Where(d => d.Id.StartsWith("IMG", StringComparison.Ordinal)).ToImmutableArray();
    }
}
