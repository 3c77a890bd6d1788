using System.Text.Json;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// Costs of the 2026-12-01 models. Token rates (USD per 1M: text in 5.00, image in 8.00, image out 30.00) are typed in
/// here from the fact sheet (MODEL-26S for 2.6 Sunburst, CL-0908 / TP-APIYI-25 for 2.5, TP-APIDOG-26 for 2.6 Flare),
/// not read from the contracts. No per-image table is published, so estimates price the input and leave the maximum
/// open; usage blocks price exactly.
/// </summary>
public class LineupCostTests
{
    private const decimal PerMillion = 1_000_000m;
    private const decimal TextIn = 5.00m;
    private const decimal ImageIn = 8.00m;
    private const decimal ImageOut = 30.00m;

    public static TheoryData<string> LiveNewModels() => new() { "gpt-image-2.5-sunburst", "gpt-image-2.5-flare", "gpt-image-2.6-sunburst", "gpt-image-2.6-flare" };

    [Theory]
    [MemberData(nameof(LiveNewModels))]
    public void Usage_block_is_priced_exactly_at_the_token_rates(string model)
    {
        using JsonDocument usage = JsonDocument.Parse("""
            {"input_tokens":1450,"output_tokens":7000,"total_tokens":8450,
             "input_tokens_details":{"text_tokens":50,"image_tokens":1400},
             "output_tokens_details":{"image_tokens":7000,"text_tokens":0}}
            """);

        decimal usd = CostCalculator.FromUsage(ImageContract.Find(model)!, ImageUsage.FromJson(usage.RootElement));

        Assert.Equal(((50 * TextIn) + (1400 * ImageIn) + (7000 * ImageOut)) / PerMillion, usd);
    }

    [Theory]
    [MemberData(nameof(LiveNewModels))]
    public void Estimate_from_tokens_prices_the_prompt_and_says_the_output_is_open(string model)
    {
        CostEstimate estimate = ImageContract.EstimateCost("generations", model, new Dictionary<string, object?> { ["prompt"] = "a lighthouse", ["quality"] = "high" }, promptTokens: 120);

        Assert.True(estimate.IsOpenEnded);
        Assert.Equal((120 * TextIn / PerMillion, 120 * TextIn / PerMillion), (estimate.MinUsd, estimate.MaxUsd));
        Assert.Contains("No per-image price or output-token count is published", estimate.Note, StringComparison.Ordinal);
        Assert.Contains("usage", estimate.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gpt-image-2.5-sunburst", "quality", "xhigh")]
    [InlineData("gpt-image-2.5-flare", "quality", "max")]
    [InlineData("gpt-image-2.6-sunburst", "quality", "xhigh")]
    [InlineData("gpt-image-2.6-flare", "output_format", "gif")]
    [InlineData("gpt-image-2.6-sunburst", "output_format", "svg")]
    public void Values_of_unknown_cost_are_named_in_the_note(string model, string wire, string value)
    {
        CostEstimate estimate = ImageContract.EstimateCost("generations", model, new Dictionary<string, object?> { ["prompt"] = "x", [wire] = value });

        Assert.True(estimate.IsOpenEnded);
        Assert.Contains($"The cost of {wire} '{value}' is unknown", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Complexity_costs_nothing_extra()
    {
        var plain = new Dictionary<string, object?> { ["prompt"] = "a lighthouse" };
        var planned = new Dictionary<string, object?> { ["prompt"] = "a lighthouse", ["complexity"] = "high" };

        CostEstimate a = ImageContract.EstimateCost("generations", "gpt-image-2.6-flare", plain, promptTokens: 10);
        CostEstimate b = ImageContract.EstimateCost("generations", "gpt-image-2.6-flare", planned, promptTokens: 10);

        Assert.Equal((a.MinUsd, a.MaxUsd, a.Note), (b.MinUsd, b.MaxUsd, b.Note));
    }

    [Fact]
    public void Gpt_image_2_per_image_prices_stay_exact()
    {
        CostEstimate estimate = ImageContract.EstimateCost("generations", "gpt-image-2", new Dictionary<string, object?> { ["prompt"] = "x", ["quality"] = "high", ["size"] = "1024x1024" }, promptTokens: 0);

        Assert.False(estimate.IsOpenEnded, estimate.Note);
        Assert.Equal(0.211m, estimate.MaxUsd);
    }
}
