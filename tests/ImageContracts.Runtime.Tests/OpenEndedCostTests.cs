using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

/// <summary>
/// A cost range is a true bound or says it is open: a quality the price table lacks (xhigh, max), <c>auto</c> on a
/// model that accepts such a quality, a value the spec lists as of unknown cost (GIF, SVG), and a model without output
/// prices all give <see cref="CostEstimate.IsOpenEnded"/> with a note, never a maximum below what the request can cost.
/// </summary>
public class OpenEndedCostTests
{
    private static readonly EndpointContract Generations = new()
    {
        Endpoint = ImageEndpoint.Generations,
        Model = "test-xhigh",
        Path = "/images/generations",
        Parameters = new[]
        {
            Prompt(32000),
            Integer("n", 1, 10, 1),
            Text("quality", "auto", values: new[] { "low", "medium", "high", "xhigh", "max", "auto" }),
            Size("1024x1024", null, "1024x1024"),
            Text("output_format", "png", values: new[] { "png", "gif", "svg" }),
        },
    };

    private static readonly PricingContract TableWithoutXhigh = new()
    {
        Tokens = new TokenPrices { TextInput = 5.00m, ImageOutput = 30.00m },
        PerImage = PerImageTable(("low", "1024x1024", 0.006m), ("medium", "1024x1024", 0.053m), ("high", "1024x1024", 0.211m)),
        UnknownCosts = new[]
        {
            new UnknownCost { Parameter = "output_format", Values = new[] { "gif", "svg" }, Note = "Not published." },
        },
    };

    private static ModelContract Model(PricingContract? pricing) => new() { Id = "test-xhigh", Family = "gpt-image", Endpoints = new[] { Generations }, Pricing = pricing };

    [Theory]
    [InlineData("xhigh")]
    [InlineData("max")]
    public void Quality_missing_from_the_table_is_open_ended_and_says_so(string quality)
    {
        CostEstimate estimate = CostCalculator.Estimate(Model(TableWithoutXhigh), Generations, V(("prompt", "x"), ("quality", quality)), promptTokens: 0);

        Assert.True(estimate.IsOpenEnded);
        Assert.False(estimate.IsExact);
        Assert.Contains("'" + quality + "'", estimate.Note, StringComparison.Ordinal);
        Assert.EndsWith("–? (estimated: OutputImage)", estimate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Auto_quality_is_open_ended_when_the_model_accepts_unpriced_qualities()
    {
        CostEstimate estimate = CostCalculator.Estimate(Model(TableWithoutXhigh), Generations, V(("prompt", "x")), promptTokens: 0);

        Assert.True(estimate.IsOpenEnded);
        Assert.Contains("xhigh, max", estimate.Note, StringComparison.Ordinal);
        Assert.Equal(0.006m, estimate.MinUsd); // the cheapest table entry is still a true lower bound for auto
    }

    [Fact]
    public void Priced_quality_stays_an_exact_figure()
    {
        CostEstimate estimate = CostCalculator.Estimate(Model(TableWithoutXhigh), Generations, V(("prompt", "x"), ("quality", "high")), promptTokens: 0);

        Assert.False(estimate.IsOpenEnded, estimate.Note);
        Assert.Equal((0.211m, 0.211m), (estimate.MinUsd, estimate.MaxUsd));
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("svg")]
    public void Value_listed_as_of_unknown_cost_is_open_ended(string format)
    {
        CostEstimate estimate = CostCalculator.Estimate(Model(TableWithoutXhigh), Generations, V(("prompt", "x"), ("quality", "high"), ("output_format", format)), promptTokens: 0);

        Assert.True(estimate.IsOpenEnded);
        Assert.Contains("output_format '" + format + "' is unknown: Not published.", estimate.Note, StringComparison.Ordinal);
        Assert.Equal(0.211m, estimate.MinUsd);
    }

    [Fact]
    public void Token_prices_without_an_output_table_price_the_input_and_leave_the_maximum_open()
    {
        var pricing = new PricingContract { Tokens = new TokenPrices { TextInput = 5.00m, ImageOutput = 30.00m } };

        CostEstimate estimate = CostCalculator.Estimate(Model(pricing), Generations, V(("prompt", "x"), ("quality", "low")), promptTokens: 200);

        Assert.True(estimate.IsOpenEnded);
        Assert.Equal((0.001m, 0.001m), (estimate.MinUsd, estimate.MaxUsd)); // 200 × 5.00 / 1M
        Assert.Contains("usage", estimate.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void No_pricing_at_all_is_open_ended()
    {
        Assert.True(CostCalculator.Estimate(Model(null), Generations, V(("prompt", "x"))).IsOpenEnded);
    }
}
