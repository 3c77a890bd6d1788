using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class PerImageCostTests
{
    [Fact]
    public void Dall_e_3_hd_landscape_is_0_12_per_image()
    {
        CostEstimate one = CostCalculator.Estimate(DallE3, DallE3Generations, V(("prompt", "x"), ("quality", "hd"), ("size", "1792x1024")));
        CostEstimate three = CostCalculator.Estimate(DallE3, DallE3Generations, V(("prompt", "x"), ("quality", "hd"), ("size", "1792x1024"), ("n", 3)));

        Assert.Equal((0.12m, 0.12m), (one.MinUsd, one.MaxUsd));
        Assert.True(one.IsExact, one.Note);
        Assert.Null(one.InputTextTokens);
        Assert.Null(one.OutputImageTokens);
        Assert.Null(one.InputImageTokens);
        Assert.Null(one.PartialImageTokens);
        Assert.Equal(0.36m, three.MinUsd);
    }

    [Fact]
    public void Dall_e_3_defaults_to_standard_square()
    {
        CostEstimate estimate = CostCalculator.Estimate(DallE3, DallE3Generations, V(("prompt", "x")));

        Assert.Equal(0.04m, estimate.MaxUsd);
        Assert.True(estimate.IsExact);
    }

    [Theory]
    [InlineData("256x256", 0.016)]
    [InlineData("512x512", 0.018)]
    [InlineData("1024x1024", 0.02)]
    public void Dall_e_2_generations(string size, double usd)
    {
        CostEstimate estimate = CostCalculator.Estimate(DallE2, DallE2Generations, V(("prompt", "x"), ("size", size)));

        Assert.Equal((decimal)usd, estimate.MinUsd);
        Assert.True(estimate.IsExact);
    }

    [Fact]
    public void Dall_e_2_variations_without_a_quality_parameter_are_exact()
    {
        CostEstimate estimate = CostCalculator.Estimate(DallE2, DallE2Variations, V(("image", new byte[1]), ("size", "256x256"), ("n", 3)));

        Assert.Equal(0.048m, estimate.MinUsd);
        Assert.True(estimate.IsExact, estimate.Note);
    }

    [Fact]
    public void Unlisted_size_without_free_form_is_a_range()
    {
        CostEstimate estimate = CostCalculator.Estimate(DallE3, DallE3Generations, V(("prompt", "x"), ("quality", "hd"), ("size", "256x256")));

        Assert.Equal((0.08m, 0.12m), (estimate.MinUsd, estimate.MaxUsd));
        Assert.Equal(CostParts.OutputImage, estimate.Estimated);
    }

    [Fact]
    public void Gpt_image_2_listed_size_uses_the_per_image_table()
    {
        CostEstimate estimate = CostCalculator.Estimate(GptImage2, GptImage2Generations, V(("prompt", "x"), ("quality", "high"), ("size", "1024x1024")), 0);

        Assert.Equal((0.211m, 0.211m), (estimate.MinUsd, estimate.MaxUsd));
        Assert.True(estimate.IsExact);
        Assert.Null(estimate.OutputImageTokens);
        Assert.Contains("UNCONFIRMED", estimate.Note); // the test pricing is marked unconfirmed
    }

    [Fact]
    public void Gpt_image_2_auto_quality_is_a_range()
    {
        CostEstimate estimate = CostCalculator.Estimate(GptImage2, GptImage2Generations, V(("prompt", "x"), ("size", "1024x1024")), 0);

        Assert.Equal((0.006m, 0.211m), (estimate.MinUsd, estimate.MaxUsd));
        Assert.Equal(CostParts.OutputImage, estimate.Estimated);
    }

    [Fact]
    public void Gpt_image_2_free_form_size_scales_per_pixel_rates()
    {
        CostEstimate estimate = CostCalculator.Estimate(GptImage2, GptImage2Generations, V(("prompt", "x"), ("quality", "high"), ("size", "2048x2048")), 0);

        // 2048x2048 = 4 x 1024x1024 = 8/3 x 1024x1536. Cheapest rate: 0.165 per 1024x1536; dearest: 0.211 per 1024x1024.
        Assert.Equal(0.44m, decimal.Round(estimate.MinUsd, 10));
        Assert.Equal(0.844m, decimal.Round(estimate.MaxUsd, 10));
        Assert.Equal(CostParts.OutputImage, estimate.Estimated);
        Assert.Contains("per-pixel", estimate.Note);
    }

    [Fact]
    public void Gpt_image_2_adds_text_and_partial_tokens_when_token_prices_exist()
    {
        CostEstimate estimate = CostCalculator.Estimate(GptImage2, GptImage2Generations,
            V(("prompt", "x"), ("quality", "high"), ("size", "1024x1024"), ("stream", true), ("partial_images", 1)), promptTokens: 1000);

        Assert.Equal(0.211m + 1000 * 5m / 1_000_000m + 100 * 30m / 1_000_000m, estimate.MinUsd);
        Assert.Equal(1000, estimate.InputTextTokens);
        Assert.Equal(100, estimate.PartialImageTokens);
    }
}
