using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Tests;

/// <summary>Spec mistakes become diagnostics at the right line and column of the YAML, never crashes.</summary>
public class SpecDiagnosticTests
{
    private const string Path = "/specs/broken.imagespec.yaml";

    private static IReadOnlyList<Diagnostic> Diagnose(string yaml)
    {
        var (run, _) = GeneratorHarness.Run(new[] { new TestAdditionalText(Path, yaml) }, null);
        Assert.Null(run.Exception);
        return run.Diagnostics;
    }

    /// <summary>Asserts a diagnostic with the id that starts where <paramref name="marker"/> starts in the YAML.</summary>
    private static Diagnostic AssertAt(string yaml, string id, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = yaml.IndexOf(marker, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"marker '{marker}' not in the YAML");
        var line = yaml.Take(index).Count(c => c == '\n') + 1;
        var column = index - yaml.LastIndexOf('\n', Math.Max(0, index - 1)) ;
        if (yaml.LastIndexOf('\n', Math.Max(0, index - 1)) < 0)
        {
            column = index + 1;
        }

        return AssertAt(Diagnose(yaml), id, line, column);
    }

    /// <summary>Asserts one diagnostic with the id, at 1-based line and column of the given file.</summary>
    private static Diagnostic AssertAt(IReadOnlyList<Diagnostic> diagnostics, string id, int line, int column)
    {
        var match = diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.True(match is not null, $"expected {id}; got: {string.Join("; ", diagnostics)}");
        var span = match!.Location.GetLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        return match;
    }

    private static string Minimal(string modelBody = "", string extra = "") => $$"""
        spec: test
        sources:
          S: { title: t, where: w, date: 2026-01-01 }
        endpoints:
          generations: { path: /images/generations, body: json, request: GenerateRequest, source: S }
        parameters:
          prompt: { type: string, source: S }
          size: { type: size, source: S }
          quality: { type: string, source: S }
        models:
          m1:
            type: M1
            family: gpt-image
            endpoints:
              generations:
                parameters:
                  prompt: { required: true, source: S }
                  size: { values: [1024x1024], source: S }
                  quality: { values: [low, high], source: S }
        {{modelBody}}
        {{extra}}
        """;

    [Fact]
    public void The_minimal_spec_is_clean()
        => Assert.Empty(Diagnose(Minimal()));

    [Fact]
    public void A_batch_discount_of_100_percent_or_more_is_reported_at_the_value()
    {
        Assert.Empty(Diagnose(Minimal("", "batch: { discount: 0.5, confirmed: false, source: S }")));
        var d = AssertAt(Minimal("", "batch: { discount: 1.5, source: S }"), "IMGSPEC005", "1.5");
        Assert.Contains("discount", d.GetMessage());
    }

    [Fact]
    public void Broken_yaml_is_reported_where_it_breaks()
    {
        var diagnostics = Diagnose("models:\n  m1:\n    type: [unclosed\n    family: x\n");
        var d = Assert.Single(diagnostics, x => x.Id == "IMGSPEC001");
        Assert.Equal(Path, d.Location.GetLineSpan().Path);
        Assert.InRange(d.Location.GetLineSpan().StartLinePosition.Line + 1, 3, 5);
        Assert.Equal(DiagnosticSeverity.Error, d.DefaultSeverity);
    }

    [Fact]
    public void A_tab_indentation_error_is_located()
        => AssertAt("models:\n\tm1: {}\n", "IMGSPEC001", "\tm1");

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_key()
        => AssertAt(Minimal("", "  m1:\n    type: Again\n    family: gpt-image\n    endpoints: {}\n"), "IMGSPEC007", "m1:", occurrence: 2);

    [Fact]
    public void An_unknown_key_is_reported_with_the_expected_keys()
    {
        var d = AssertAt(Minimal("    colour: blue"), "IMGSPEC003", "colour");
        Assert.Contains("'colour'", d.GetMessage());
        Assert.Contains("lifecycle", d.GetMessage());
    }

    [Fact]
    public void A_rule_naming_a_missing_parameter_is_reported_at_the_name()
    {
        var yaml = Minimal("        rules:\n          - { id: r1, when: { background: [transparent] }, require: { quality: [high] }, message: m, source: S }");
        var d = AssertAt(yaml, "IMGSPEC012", "background");
        Assert.Contains("background", d.GetMessage());
    }

    [Fact]
    public void A_price_for_a_size_the_model_lacks_is_reported_at_the_size()
    {
        var yaml = Minimal("    pricing: { readOn: 2026-01-01, source: S, perImage: { low: { 1024x1024: 0.01, 512x512: 0.02 } } }");
        var d = AssertAt(yaml, "IMGSPEC008", "512x512");
        Assert.Contains("512x512", d.GetMessage());
    }

    [Fact]
    public void A_price_for_a_quality_the_model_lacks_is_reported()
    {
        var yaml = Minimal("    pricing: { readOn: 2026-01-01, source: S, perImage: { hd: { 1024x1024: 0.01 } } }");
        Assert.Contains("'hd'", AssertAt(yaml, "IMGSPEC008", "hd:").GetMessage());
    }

    [Fact]
    public void Duplicate_csharp_type_names_are_reported()
    {
        var yaml = Minimal("", "  m2:\n    type: M1\n    family: gpt-image\n    endpoints: {}\n");
        AssertAt(yaml, "IMGSPEC007", "M1", occurrence: 2);
    }

    [Fact]
    public void A_default_outside_the_values_is_reported_at_the_default()
    {
        var yaml = Minimal().Replace("quality: { values: [low, high], source: S }", "quality: { values: [low, high], default: hd, source: S }");
        AssertAt(yaml, "IMGSPEC005", "hd,");
    }

    [Fact]
    public void An_unknown_source_key_is_reported()
        => AssertAt(Minimal().Replace("prompt: { required: true, source: S }", "prompt: { required: true, source: NOPE }"), "IMGSPEC006", "NOPE");

    [Fact]
    public void An_extends_cycle_is_reported()
    {
        var yaml = Minimal("    extends: m2", "  m2:\n    extends: m1\n    type: M2\n    family: gpt-image\n");
        Assert.Contains(Diagnose(yaml), d => d.Id == "IMGSPEC011");
    }

    [Fact]
    public void A_spec_without_models_warns_and_generates_nothing()
    {
        var (run, _) = GeneratorHarness.Run(new[] { new TestAdditionalText(Path, "spec: empty\n") }, null);
        Assert.Contains(run.Diagnostics, d => d.Id == "IMGSPEC010" && d.DefaultSeverity == DiagnosticSeverity.Warning);
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void Wrong_types_are_reported_not_thrown()
    {
        var yaml = Minimal().Replace("size: { values: [1024x1024], source: S }", "size: { values: 1024x1024, min: abc, source: S }");
        AssertAt(yaml, "IMGSPEC002", "1024x1024,");
        AssertAt(yaml, "IMGSPEC005", "abc");
    }
}
