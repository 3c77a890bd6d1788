using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class TokenCostTests
{
    private static CostEstimate Estimate(int? promptTokens, params (string Key, object? Value)[] values) =>
        CostCalculator.Estimate(GptImage1, GptImage1Generations, V(values), promptTokens);

    [Theory]
    [InlineData("low", "1024x1024", 272)]
    [InlineData("low", "1024x1536", 408)]
    [InlineData("low", "1536x1024", 400)]
    [InlineData("medium", "1024x1024", 1056)]
    [InlineData("medium", "1024x1536", 1584)]
    [InlineData("medium", "1536x1024", 1568)]
    [InlineData("high", "1024x1024", 4160)]
    [InlineData("high", "1024x1536", 6240)]
    [InlineData("high", "1536x1024", 6208)]
    public void Every_token_table_cell_is_priced_exactly(string quality, string size, int tokens)
    {
        CostEstimate estimate = Estimate(0, ("prompt", "x"), ("quality", quality), ("size", size));

        Assert.Equal(tokens, estimate.OutputImageTokens);
        Assert.Equal(tokens * 40m / 1_000_000m, estimate.MinUsd);
        Assert.Equal(estimate.MinUsd, estimate.MaxUsd);
        Assert.True(estimate.IsExact, estimate.Note);
        Assert.Null(estimate.Note);
    }

    [Fact]
    public void High_landscape_is_0_24832_usd_and_n_multiplies_output()
    {
        Assert.Equal(0.24832m, Estimate(0, ("prompt", "x"), ("quality", "high"), ("size", "1536x1024")).MaxUsd);

        CostEstimate two = Estimate(0, ("prompt", "x"), ("quality", "high"), ("size", "1536x1024"), ("n", 2));
        Assert.Equal(0.49664m, two.MinUsd);
        Assert.Equal(12416, two.OutputImageTokens);
    }

    [Fact]
    public void Exact_prompt_tokens_are_priced_once_regardless_of_n()
    {
        CostEstimate estimate = Estimate(100, ("prompt", "x"), ("quality", "high"), ("size", "1536x1024"), ("n", 2));

        Assert.Equal(0.49664m + 0.0005m, estimate.MinUsd);
        Assert.Equal(100, estimate.InputTextTokens);
        Assert.True(estimate.IsExact);
    }

    [Fact]
    public void Prompt_tokens_are_estimated_from_characters_and_bounded_by_utf8_bytes()
    {
        CostEstimate estimate = Estimate(null, ("prompt", "abcdefgé"), ("quality", "low"), ("size", "1024x1024"));

        // chars/4 = 2 tokens (min), UTF-8 bytes = 9 (max)
        Assert.Equal(0.01088m + 0.00001m, estimate.MinUsd);
        Assert.Equal(0.01088m + 0.000045m, estimate.MaxUsd);
        Assert.Equal(9, estimate.InputTextTokens);
        Assert.Equal(CostParts.InputText, estimate.Estimated);
        Assert.False(estimate.IsExact);
        Assert.Contains("promptTokens", estimate.Note);
    }

    [Fact]
    public void Auto_quality_is_a_range_over_all_qualities_for_the_size()
    {
        CostEstimate estimate = Estimate(0, ("prompt", "x"), ("size", "1024x1024")); // quality defaults to auto

        Assert.Equal(0.01088m, estimate.MinUsd);
        Assert.Equal(0.1664m, estimate.MaxUsd);
        Assert.Equal(CostParts.OutputImage, estimate.Estimated);
        Assert.Equal(4160, estimate.OutputImageTokens);
        Assert.Contains("quality 'auto'", estimate.Note);
    }

    [Fact]
    public void Auto_size_is_a_range_over_all_sizes_for_the_quality()
    {
        CostEstimate estimate = Estimate(0, ("prompt", "x"), ("quality", "high"), ("size", "auto"));

        Assert.Equal(4160 * 40m / 1_000_000m, estimate.MinUsd);
        Assert.Equal(6240 * 40m / 1_000_000m, estimate.MaxUsd);
        Assert.Contains("size 'auto'", estimate.Note);
    }

    [Fact]
    public void Auto_everything_spans_the_whole_table()
    {
        CostEstimate estimate = Estimate(0, ("prompt", "x"));

        Assert.Equal(0.01088m, estimate.MinUsd);
        Assert.Equal(0.2496m, estimate.MaxUsd);
        Assert.False(estimate.IsExact);
    }

    [Fact]
    public void Values_missing_from_the_table_give_a_range()
    {
        CostEstimate estimate = Estimate(0, ("prompt", "x"), ("quality", "standard"), ("size", "1024x1024"));

        Assert.Equal((0.01088m, 0.1664m), (estimate.MinUsd, estimate.MaxUsd));
        Assert.Contains("quality 'standard' is not in the table", estimate.Note);
    }

    [Fact]
    public void Streamed_partial_images_add_100_tokens_each_per_image()
    {
        CostEstimate estimate = Estimate(0, ("prompt", "x"), ("quality", "high"), ("size", "1024x1024"), ("stream", true), ("partial_images", 2));

        Assert.Equal(200, estimate.PartialImageTokens);
        Assert.Equal((4160 + 200) * 40m / 1_000_000m, estimate.MinUsd);
        Assert.True(estimate.IsExact);

        CostEstimate twoImages = Estimate(0, ("prompt", "x"), ("quality", "high"), ("size", "1024x1024"), ("stream", true), ("partial_images", 3), ("n", 2));
        Assert.Equal(600, twoImages.PartialImageTokens);
        Assert.Equal((4160 + 300) * 2 * 40m / 1_000_000m, twoImages.MaxUsd);
    }

    [Fact]
    public void Partial_images_without_stream_are_a_0_to_n_range()
    {
        CostEstimate estimate = Estimate(0, ("prompt", "x"), ("quality", "high"), ("size", "1024x1024"), ("partial_images", 2));

        Assert.Equal(0.1664m, estimate.MinUsd);
        Assert.Equal(0.1744m, estimate.MaxUsd);
        Assert.Equal(CostParts.PartialImages, estimate.Estimated);
        Assert.Contains("stream=true", estimate.Note);
    }

    [Fact]
    public void No_partial_images_means_zero_partial_tokens()
    {
        Assert.Equal(0, Estimate(0, ("prompt", "x"), ("quality", "low"), ("size", "1024x1024")).PartialImageTokens);
    }

    [Fact]
    public void Tool_prompt_is_unknown_without_prompt_tokens()
    {
        CostEstimate unknown = CostCalculator.Estimate(GptImage1, GptImage1Tool, V(("quality", "low"), ("size", "1024x1024")));
        Assert.Null(unknown.InputTextTokens);
        Assert.Equal(CostParts.InputText, unknown.Estimated);
        Assert.Equal(0.01088m, unknown.MinUsd);

        CostEstimate known = CostCalculator.Estimate(GptImage1, GptImage1Tool, V(("quality", "low"), ("size", "1024x1024")), promptTokens: 20);
        Assert.True(known.IsExact);
        Assert.Equal(0.01088m + 0.0001m, known.MinUsd);
    }

    [Fact]
    public void Model_without_pricing_is_flagged()
    {
        var model = new ModelContract { Id = "mystery" };

        CostEstimate estimate = CostCalculator.Estimate(model, GptImage1Generations, V(("prompt", "x")));

        Assert.Equal((0m, 0m), (estimate.MinUsd, estimate.MaxUsd));
        Assert.False(estimate.IsExact);
        Assert.Contains("no pricing", estimate.Note);
    }

    [Fact]
    public void To_string_shows_range_and_flags()
    {
        Assert.Equal("$0.24832", Estimate(0, ("prompt", "x"), ("quality", "high"), ("size", "1536x1024")).ToString());
        Assert.Equal("$0.01088–$0.2496 (estimated: OutputImage)", Estimate(0, ("prompt", "x")).ToString());
    }
}
