using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ImageContracts.Generator.Tests;

/// <summary>The pipeline re-runs only what a change touches: C# edits touch nothing, spec edits regenerate.</summary>
public class CachingTests
{
    private static readonly TestAdditionalText Spec = new("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText);

    [Fact]
    public void An_unrelated_csharp_edit_reruns_nothing()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new[] { Spec }).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", GeneratorHarness.ParseOptions)));

        var result = driver.GetRunResult().Results.Single();
        var reasons = TrackedReasons(result).ToList();
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(r.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{r.Step}: {r.Reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_spec_edit_regenerates_what_it_changes()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new[] { Spec }).RunGenerators(compilation);
        var edited = new TestAdditionalText(Spec.Path, GeneratorHarness.SpecText.Replace("maxLength: 4000", "maxLength: 4001"));
        Assert.NotEqual(GeneratorHarness.SpecText, edited.GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(Spec, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.SpecModel].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        var modelOutputs = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).ToList();
        Assert.Contains(modelOutputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(modelOutputs, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains("MaxLength = 4001", result.GeneratedSources.Single(s => s.HintName == "DallE3.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Editing_only_a_yaml_comment_does_not_regenerate_code()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new[] { Spec }).RunGenerators(compilation);
        var edited = new TestAdditionalText(Spec.Path, "# a new comment line moves every position\n" + GeneratorHarness.SpecText);
        driver = driver.ReplaceAdditionalText(Spec, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.SpecFiles].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.TrackedSteps[TrackingNames.SpecModel].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Changing_the_namespace_option_regenerates()
    {
        var compilation = GeneratorHarness.Compilation("class A { }");
        var driver = GeneratorHarness.Driver(new[] { Spec }).RunGenerators(compilation);
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["build_property.ImageContractsNamespace"] = "Other" })).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[TrackingNames.Options].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(result.GeneratedSources, s => Assert.Contains("namespace Other", s.SourceText.ToString()));
    }

    [Fact]
    public void Pipeline_models_hold_no_roslyn_objects()
    {
        var driver = GeneratorHarness.Driver(new[] { Spec }).RunGenerators(GeneratorHarness.Compilation("class A { }"));
        var result = driver.GetRunResult().Results.Single();
        foreach (var (step, runs) in result.TrackedSteps.Where(kv => TrackingNames.All.Contains(kv.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                AssertNoRoslynObjects(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> TrackedReasons(GeneratorRunResult result)
        => result.TrackedSteps.Where(kv => TrackingNames.All.Contains(kv.Key))
            .SelectMany(kv => kv.Value.SelectMany(s => s.Outputs).Select(o => (kv.Key, o.Reason)));

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SemanticModel or SyntaxTree or AdditionalText or Microsoft.CodeAnalysis.Text.SourceText,
            $"{path} holds a {value.GetType().Name}, which would defeat caching");
        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObjects(item, path + "[]", seen);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.DeclaringType?.Namespace?.StartsWith("ImageContracts") == true))
        {
            AssertNoRoslynObjects(property.GetValue(value), path + "." + property.Name, seen);
        }

        foreach (var field in value.GetType().GetFields().Where(f => f.DeclaringType?.Namespace?.StartsWith("ImageContracts") == true))
        {
            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }
}
