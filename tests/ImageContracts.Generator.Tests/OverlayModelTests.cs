using Microsoft.CodeAnalysis;

namespace ImageContracts.Generator.Tests;

/// <summary>The README's three-line overlay: a model the bundled spec does not know, added by extending a known one,
/// gets its own typed class and catalog entry with no spec diagnostics and no compiler warnings.</summary>
public class OverlayModelTests
{
    private const string Overlay = """
        spec: openai-images
        models:
          gpt-image-7-nebula: { extends: gpt-image-2, type: GptImage7Nebula }
        """;

    [Fact]
    public void A_three_line_overlay_adds_a_typed_model()
    {
        var specs = new[]
        {
            new TestAdditionalText("/specs/openai-images.imagespec.yaml", GeneratorHarness.SpecText),
            new TestAdditionalText("/specs/zz-my-models.imagespec.yaml", Overlay),
        };

        var (run, output) = GeneratorHarness.Run(specs, null,
            """
            namespace Consumer;
            public static class Use
            {
                public static ImageContracts.ValidationResult Check()
                    => new ImageContracts.GptImage7Nebula.GenerateRequest("A fox") { Quality = ImageContracts.GptImage7Nebula.Quality.High }.Validate();
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
        string catalog = run.GeneratedSources.Single(s => s.HintName == "ImageContract.g.cs").SourceText.ToString();
        Assert.Contains("GptImage7Nebula.Contract,", catalog, StringComparison.Ordinal);
        string model = run.GeneratedSources.Single(s => s.HintName == "GptImage7Nebula.g.cs").SourceText.ToString();
        Assert.Contains("public const string Id = \"gpt-image-7-nebula\";", model, StringComparison.Ordinal);
    }
}
