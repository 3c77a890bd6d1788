using ImageContracts.Overlays;

namespace ImageContracts.Http.Tests.Overlays;

/// <summary>An overlay with problems is refused with every problem as <c>file(line,col): error id: message</c>, the
/// diagnostics the generator reports for the same YAML.</summary>
public class BrokenOverlayTests
{
    [Fact]
    public void Every_error_is_listed_with_its_file_line_and_column()
    {
        const string yaml = """
            models:
              gpt-image-3:
                extends: gpt-image-9
                type: GptImage3
                endpoints:
                  generations:
                    profile: gpt-image-generations
                    parameters:
                      n: { min: one }
            """;

        var error = Assert.Throws<SpecOverlayException>(() => SpecOverlay.Parse(yaml, "broken.imagespec.yaml"));

        // Line 3 column 14: the value of extends; line 9 column 21: the value of min.
        Assert.True(error.Message.Contains("broken.imagespec.yaml(3,14): error IMGSPEC006: Model 'gpt-image-9' does not exist", StringComparison.Ordinal), error.Message);
        Assert.True(error.Message.Contains("broken.imagespec.yaml(9,21): error IMGSPEC005: 'one' is not a valid", StringComparison.Ordinal), error.Message);
        Assert.All(error.Problems.Where(p => p.IsError), p => Assert.Equal("broken.imagespec.yaml", p.File));
        Assert.Contains(error.Problems, p => p is { Id: "IMGSPEC006", Line: 3, Column: 14 });
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_place()
    {
        var error = Assert.Throws<SpecOverlayException>(() => SpecOverlay.Parse("models:\n  gpt-image-3: { type: GptImage3\n", "syntax.imagespec.yaml"));

        SpecProblem problem = Assert.Single(error.Problems);
        Assert.Equal("IMGSPEC001", problem.Id);
        Assert.Equal("syntax.imagespec.yaml", problem.File);
        Assert.True(problem.Line >= 2, problem.ToString());
    }

    [Fact]
    public void Hostile_nesting_stops_at_the_parsers_limit()
    {
        string deep = "models: " + new string('[', 10_000) + new string(']', 10_000);

        var error = Assert.Throws<SpecOverlayException>(() => SpecOverlay.Parse(deep, "deep.imagespec.yaml"));

        Assert.Contains(error.Problems, p => p.Id == "IMGSPEC013");
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused_before_parsing()
    {
        var error = Assert.Throws<ArgumentException>(() => SpecOverlay.Parse(new string('#', SpecOverlay.MaxFileChars + 1), "huge.imagespec.yaml"));

        Assert.Contains("huge.imagespec.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_and_the_overlay_still_loads()
    {
        SpecOverlay overlay = SpecOverlay.Parse("""
            models:
              gpt-image-2:
                pricing:
                  tokens: { textInput: 3.00 }
                colour: blue
            """, "warn.imagespec.yaml");

        SpecProblem warning = Assert.Single(overlay.Warnings);
        Assert.Equal("IMGSPEC003", warning.Id);
        Assert.False(warning.IsError);
        Assert.Equal((5, 5), (warning.Line, warning.Column));
        Assert.Single(overlay.Models);
    }
}
