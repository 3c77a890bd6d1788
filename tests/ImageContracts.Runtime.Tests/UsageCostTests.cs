using static ImageContracts.Runtime.Tests.Support.TestContracts;

namespace ImageContracts.Runtime.Tests;

public class UsageCostTests
{
    [Fact]
    public void Without_output_details_all_output_tokens_are_image_tokens()
    {
        var usage = new ImageUsage { InputTokens = 244, InputTextTokens = 50, InputImageTokens = 194, OutputTokens = 4200, TotalTokens = 4444 };

        // 50 x 5 + 194 x 10 + 4200 x 40 = 170,190 micro-dollars
        Assert.Equal(0.17019m, CostCalculator.FromUsage(GptImage1, usage));
    }

    [Fact]
    public void With_output_details_text_tokens_are_ignored_when_unpriced()
    {
        var usage = new ImageUsage { InputTextTokens = 50, InputImageTokens = 194, OutputTokens = 4200, OutputImageTokens = 4160, OutputTextTokens = 40 };

        Assert.Equal(0.16859m, CostCalculator.FromUsage(GptImage1, usage));
    }

    [Fact]
    public void With_output_details_text_tokens_use_the_text_output_price()
    {
        var model = new ModelContract
        {
            Id = "priced",
            Pricing = new PricingContract { Tokens = new TokenPrices { TextInput = 5m, ImageInput = 10m, ImageOutput = 40m, TextOutput = 10m } },
        };
        var usage = new ImageUsage { InputTextTokens = 50, InputImageTokens = 194, OutputTokens = 4200, OutputImageTokens = 4160, OutputTextTokens = 40 };

        Assert.Equal(0.16899m, CostCalculator.FromUsage(model, usage));
    }

    [Fact]
    public void Models_without_token_prices_throw()
    {
        Assert.Throws<InvalidOperationException>(() => CostCalculator.FromUsage(DallE3, new ImageUsage()));
    }

    [Fact]
    public void Usage_is_read_from_json()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""
            { "total_tokens": 100, "input_tokens": 50, "output_tokens": 50,
              "input_tokens_details": { "text_tokens": 10, "image_tokens": 40 },
              "output_tokens_details": { "image_tokens": 45, "text_tokens": 5 } }
            """);

        ImageUsage usage = ImageUsage.FromJson(document.RootElement);

        Assert.Equal((100, 50, 50, 10, 40), (usage.TotalTokens, usage.InputTokens, usage.OutputTokens, usage.InputTextTokens, usage.InputImageTokens));
        Assert.Equal((45, 5), (usage.OutputImageTokens, usage.OutputTextTokens));
        Assert.Null(usage.CachedInputTokens);

        using var minimal = System.Text.Json.JsonDocument.Parse("""{ "total_tokens": 3, "input_tokens": 1, "output_tokens": 2 }""");
        ImageUsage partial = ImageUsage.FromJson(minimal.RootElement);
        Assert.Null(partial.OutputImageTokens);
        Assert.Equal(0, partial.InputTextTokens);
    }
}
