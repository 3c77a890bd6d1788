using System.Collections.Immutable;
using ImageContracts.Generator.Analysis;
using ImageContracts.Generator.Diagnostics;
using ImageContracts.Generator.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ImageContracts.Generator.Tests;

/// <summary>
/// Spec files written to hurt the compiler (deep nesting, alias bombs through <c>extends</c> and across
/// files, files of megabytes) end in a located IMGSPEC013 instead of a stack overflow or exponential
/// work. The time and allocation ceilings are safety nets far above what a run takes (bench/hostile-spec.sh
/// measures that), not speed claims.
/// </summary>
public class HostileSpecTests
{
    private const string Path = "/specs/hostile.imagespec.yaml";
    private const string OverlayPath = "/specs/overlay.imagespec.yaml";
    private static readonly TimeSpan TimeCeiling = TimeSpan.FromSeconds(60);
    private const long AllocationCeiling = 500L * 1024 * 1024;


    /// <summary>Runs the generator as the compiler does, failing if it throws, takes too long or allocates too much.</summary>
    private static GeneratorRunResult RunBounded(params AdditionalText[] specs)
    {
        using var ceiling = new CancellationTokenSource(TimeCeiling);
        var driver = GeneratorHarness.Driver(specs);
        var compilation = GeneratorHarness.Compilation();
        // The driver runs on this thread; counting this thread's allocations keeps parallel tests out of the figure.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            driver = driver.RunGenerators(compilation, ceiling.Token);
        }
        catch (OperationCanceledException) when (ceiling.IsCancellationRequested)
        {
            Assert.Fail($"the generator did not finish within {TimeCeiling.TotalSeconds} s");
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < AllocationCeiling, $"the generator allocated {allocated / (1024 * 1024)} MB (ceiling {AllocationCeiling / (1024 * 1024)} MB)");
        var run = driver.GetRunResult().Results.Single();
        Assert.Null(run.Exception);
        return run;
    }

    private static Diagnostic AssertLimit(GeneratorRunResult run, string path, int line)
    {
        var limit = Assert.Single(run.Diagnostics, d => d.Id == "IMGSPEC013");
        Assert.Equal(DiagnosticSeverity.Error, limit.Severity);
        var span = limit.Location.GetLineSpan();
        Assert.Equal((path, line), (span.Path, span.StartLinePosition.Line + 1));
        Assert.Empty(run.GeneratedSources);
        return limit;
    }

    [Fact]
    public void Flow_brackets_nested_20000_deep_stop_at_the_depth_limit()
    {
        // 40 KB: "[[[[...]]]]" took csc down with a stack overflow before the limit.
        var yaml = HostileSpecFiles.DeepFlow(20_000);
        var limit = AssertLimit(RunBounded(new TestAdditionalText(Path, yaml)), Path, 2);

        // The root mapping is level 0 and the first bracket level 1, so the 64th bracket (column 9 + 63) is one too deep.
        Assert.Equal(9 + 63, limit.Location.GetLineSpan().StartLinePosition.Character + 1);
        Assert.Contains("more than 64 levels", limit.GetMessage());
        Assert.Contains("allowed: at most 64 levels", limit.GetMessage());
    }

    [Fact]
    public void Block_lists_nested_20000_deep_stop_at_the_depth_limit()
    {
        var yaml = HostileSpecFiles.DeepBlockLists(20_000);
        AssertLimit(RunBounded(new TestAdditionalText(Path, yaml)), Path, 3);
    }

    [Fact]
    public void Block_mappings_indented_500_deep_stop_at_the_depth_limit()
    {
        var yaml = HostileSpecFiles.DeepBlockMappings(500);

        // The root is level 0 and k0's line is 2; the mapping holding k64 is level 64 and starts on k64's line.
        AssertLimit(RunBounded(new TestAdditionalText(Path, yaml)), Path, 2 + 64);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        // 62 brackets under models: (level 1) reach level 62, inside the limit of 64; the spec is wrong, not refused.
        var yaml = HostileSpecFiles.DeepFlow(62);
        var run = RunBounded(new TestAdditionalText(Path, yaml));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "IMGSPEC013");
        Assert.Contains(run.Diagnostics, d => d.Id == "IMGSPEC002");
    }

    [Fact]
    public void An_alias_bomb_merged_through_extends_is_stopped_by_the_node_budget()
    {
        // Merging the derived model's pricing over the inherited one walked both trees: 44 s and 4.3 GB at depth 8.
        var yaml = HostileSpecFiles.BombThroughExtends(9);
        Assert.True(yaml.Length < 1500, "the bomb is a small file");
        var limit = AssertLimit(RunBounded(new TestAdditionalText(Path, yaml)), Path, HostileSpecFiles.PricingLine);
        Assert.Contains("100,000", limit.GetMessage());
        Assert.Contains("alias *l", limit.GetMessage());
    }

    [Fact]
    public void An_alias_bomb_merged_across_two_overlay_files_is_stopped_by_the_node_budget()
    {
        var (first, second) = HostileSpecFiles.BombAcrossTwoFiles(9, "pricing");
        var run = RunBounded(new TestAdditionalText(Path, first), new TestAdditionalText(OverlayPath, second));
        AssertLimit(run, Path, HostileSpecFiles.PricingLine);
    }

    [Fact]
    public void A_small_alias_bomb_in_both_files_is_within_the_budget()
    {
        // About 15,000 nodes in each file: within the budget, so the two files merge and the model is generated.
        var (first, second) = HostileSpecFiles.BombAcrossTwoFiles(3, "note");
        var run = RunBounded(new TestAdditionalText(Path, first), new TestAdditionalText(OverlayPath, second));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "IMGSPEC013");
        Assert.NotEmpty(run.GeneratedSources);
    }

    [Fact]
    public void A_long_extends_chain_is_charged_for_every_inherited_copy()
    {
        // Each model adds one price to what it inherits, so model k stands for k prices: quadratic in all.
        var yaml = HostileSpecFiles.GrowingExtendsChain(2_000);

        var limit = Assert.Single(RunBounded(new TestAdditionalText(Path, yaml)).Diagnostics, d => d.Id == "IMGSPEC013");
        Assert.Contains("inherits from", limit.GetMessage());
        Assert.StartsWith("    extends:", LineOf(yaml, limit));
    }

    [Fact]
    public void A_file_of_megabytes_chaining_100000_models_ends_in_diagnostics()
    {
        // About 5 MB; before the budget, resolving extends recursed once per model in the chain.
        var yaml = HostileSpecFiles.ExtendsChain(100_000);

        Assert.InRange(yaml.Length, 3_000_000, 8_000_000);
        var limit = Assert.Single(RunBounded(new TestAdditionalText(Path, yaml)).Diagnostics, d => d.Id == "IMGSPEC013");
        Assert.Equal(Path, limit.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_file_of_megabytes_of_one_flat_list_ends_in_diagnostics()
    {
        var yaml = HostileSpecFiles.FlatList(500_000);

        Assert.InRange(yaml.Length, 3_000_000, 8_000_000);
        Assert.Single(RunBounded(new TestAdditionalText(Path, yaml)).Diagnostics, d => d.Id == "IMGSPEC013");
    }

    [Fact]
    public async Task The_analyzer_reads_a_hostile_spec_without_throwing()
    {
        var spec = new TestAdditionalText(Path, HostileSpecFiles.DeepFlow(20_000));
        var compilation = GeneratorHarness.Compilation("class C { }");
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(spec)),
            onAnalyzerException: (ex, _, _) => exceptions.Add(ex),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ImageContractsAnalyzer()), options);

        var diagnostics = await analyzers.GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public void The_bundled_spec_uses_a_small_part_of_the_limits()
    {
        var budget = new NodeBudget();
        var diagnostics = new List<DiagnosticInfo>();
        var root = YamlReader.Read(GeneratorHarness.SpecPath, SourceText.From(GeneratorHarness.SpecText), diagnostics, budget, CancellationToken.None);

        Assert.NotNull(root);
        Assert.Empty(diagnostics);
        Assert.InRange(budget.Used, 1, SpecLimits.MaxNodes / 10);
    }

    private static string LineOf(string text, Diagnostic diagnostic)
        => SourceText.From(text).Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString();
}
