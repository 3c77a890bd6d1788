// These tests build invalid, preview and retired-model requests on purpose, with constant values, to check the
// run-time validator; the ImageContracts analyzer would report the same problems at compile time.
#pragma warning disable IMG0001, IMG0002, IMG0003, IMG0004, IMG0005, IMG0006, IMG0007, IMG0008, IMG0009, IMG0010, IMG0011, IMG0012

using System.Text.Json;
using ImageContracts.Contract.Tests.Support;

namespace ImageContracts.Contract.Tests;

/// <summary>
/// Cost estimates and usage pricing against the published tables. Every expected figure is computed here from
/// the tables as the seed (000, "GPT-Image-1 Token Costs") and shared/api-facts.md section 7 print them, never
/// read back from the generated contracts.
/// </summary>
public class CostTests
{
    private const decimal PerMillion = 1_000_000m;

    private static readonly string[] Qualities = { "low", "medium", "high" };
    private static readonly string[] GptSizes = { "1024x1024", "1024x1536", "1536x1024" };

    /// <summary>Output image tokens (seed 000 table = api-facts 7.1), for gpt-image-1 and gpt-image-1.5.</summary>
    private static readonly Dictionary<(string Quality, string Size), int> OutputTokens = new()
    {
        [("low", "1024x1024")] = 272, [("low", "1024x1536")] = 408, [("low", "1536x1024")] = 400,
        [("medium", "1024x1024")] = 1056, [("medium", "1024x1536")] = 1584, [("medium", "1536x1024")] = 1568,
        [("high", "1024x1024")] = 4160, [("high", "1024x1536")] = 6240, [("high", "1536x1024")] = 6208,
    };

    /// <summary>USD per 1M tokens (api-facts 7.2): text input, image input, image output.</summary>
    private static readonly Dictionary<string, (decimal TextIn, decimal ImageIn, decimal ImageOut)> TokenPrices = new()
    {
        ["gpt-image-1"] = (5.00m, 10.00m, 40.00m),
        ["gpt-image-1.5"] = (5.00m, 8.00m, 32.00m),
        ["gpt-image-1-mini"] = (2.00m, 2.50m, 8.00m),
        ["gpt-image-2"] = (5.00m, 8.00m, 30.00m),
    };

    /// <summary>USD per image (api-facts 7.3: GUIDE-2, GUIDE-COSTS, model pages), per quality in GptSizes order.</summary>
    private static readonly Dictionary<string, Dictionary<string, decimal[]>> GptPerImage = new()
    {
        ["gpt-image-1-mini"] = new() { ["low"] = new[] { 0.005m, 0.006m, 0.006m }, ["medium"] = new[] { 0.011m, 0.015m, 0.015m }, ["high"] = new[] { 0.036m, 0.052m, 0.052m } },
        ["chatgpt-image-latest"] = new() { ["low"] = new[] { 0.009m, 0.013m, 0.013m }, ["medium"] = new[] { 0.034m, 0.05m, 0.05m }, ["high"] = new[] { 0.133m, 0.2m, 0.2m } },
        ["gpt-image-2"] = new() { ["low"] = new[] { 0.006m, 0.005m, 0.005m }, ["medium"] = new[] { 0.053m, 0.041m, 0.041m }, ["high"] = new[] { 0.211m, 0.165m, 0.165m } },
    };

    /// <summary>DALL·E per-image prices (api-facts 7.3, GUIDE-COSTS; discrepancy dalle-costs: the seed gave none).</summary>
    private static readonly Dictionary<(string Quality, string Size), decimal> DallE3Prices = new()
    {
        [("standard", "1024x1024")] = 0.04m, [("standard", "1024x1792")] = 0.08m, [("standard", "1792x1024")] = 0.08m,
        [("hd", "1024x1024")] = 0.08m, [("hd", "1024x1792")] = 0.12m, [("hd", "1792x1024")] = 0.12m,
    };

    private static readonly Dictionary<string, decimal> DallE2Prices = new()
    {
        ["256x256"] = 0.016m, ["512x512"] = 0.018m, ["1024x1024"] = 0.02m,
    };

    private static decimal Usd(long tokens, decimal pricePerMillion) => tokens * pricePerMillion / PerMillion;

    private static Dictionary<string, object?> Generation(params (string Key, object? Value)[] pairs)
    {
        var values = new Dictionary<string, object?> { ["prompt"] = "a bowl of ramen" };
        foreach (var (key, value) in pairs)
        {
            values[key] = value;
        }

        return values;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Output-token table

    public static TheoryData<string, string, string> TokenTableCells()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string model in new[] { "gpt-image-1", "gpt-image-1.5" })
        {
            foreach ((string quality, string size) in OutputTokens.Keys)
            {
                data.Add(model, quality, size);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TokenTableCells))]
    public void Output_tokens_and_usd_for_every_table_cell(string model, string quality, string size)
    {
        int tokens = OutputTokens[(quality, size)];
        decimal expected = Usd(tokens, TokenPrices[model].ImageOut);

        CostEstimate cost = ImageContract.EstimateCost("generations", model, Generation(("quality", quality), ("size", size)), promptTokens: 0);

        Assert.Equal(tokens, cost.OutputImageTokens);
        Assert.Equal(0, cost.InputTextTokens);
        Assert.Equal(0, cost.InputImageTokens);
        Assert.Equal(0, cost.PartialImageTokens);
        Assert.Equal(expected, cost.MinUsd);
        Assert.Equal(expected, cost.MaxUsd);
        Assert.True(cost.IsExact, cost.ToString());
    }

    [Theory]
    [MemberData(nameof(TokenTableCells))]
    public void Output_tokens_multiply_with_n(string model, string quality, string size)
    {
        int tokens = OutputTokens[(quality, size)] * 3;
        CostEstimate cost = ImageContract.EstimateCost("generations", model, Generation(("quality", quality), ("size", size), ("n", 3)), promptTokens: 0);

        Assert.Equal(tokens, cost.OutputImageTokens);
        Assert.Equal(Usd(tokens, TokenPrices[model].ImageOut), cost.MaxUsd);
    }

    [Fact]
    public void Typed_requests_price_the_table_the_same_way()
    {
        CostEstimate gi1 = new GptImage1.GenerateRequest("x") { Quality = GptImage1.Quality.Medium, Size = GptImage1.Size.W1024xH1536 }.EstimateCost(promptTokens: 0);
        CostEstimate gi15 = new GptImage15.ImageGenerationTool { Quality = GptImage15.Quality.High, Size = GptImage15.Size.W1536xH1024 }.EstimateCost(promptTokens: 0);

        Assert.Equal(Usd(1584, 40m), gi1.MaxUsd);
        Assert.Equal(6208, gi15.OutputImageTokens);
        Assert.Equal(Usd(6208, 32m), gi15.MaxUsd);
        Assert.True(gi15.IsExact, gi15.ToString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Per-image prices

    public static TheoryData<string, string, string, decimal> GptPerImageCells()
    {
        var data = new TheoryData<string, string, string, decimal>();
        foreach ((string model, Dictionary<string, decimal[]> table) in GptPerImage)
        {
            foreach (string quality in Qualities)
            {
                for (int i = 0; i < GptSizes.Length; i++)
                {
                    data.Add(model, quality, GptSizes[i], table[quality][i]);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GptPerImageCells))]
    public void Per_image_price_for_every_cell(string model, string quality, string size, decimal usd)
    {
        CostEstimate one = ImageContract.EstimateCost("generations", model, Generation(("quality", quality), ("size", size)), promptTokens: 0);
        CostEstimate four = ImageContract.EstimateCost("generations", model, Generation(("quality", quality), ("size", size), ("n", 4)), promptTokens: 0);

        Assert.Equal(usd, one.MinUsd);
        Assert.Equal(usd, one.MaxUsd);
        Assert.True(one.IsExact, one.ToString());
        Assert.Null(one.OutputImageTokens); // no output-token table for these models
        Assert.Equal(usd * 4, four.MaxUsd);
    }

    public static TheoryData<string, string, int> DallE3Cells()
    {
        var data = new TheoryData<string, string, int>();
        foreach ((string quality, string size) in DallE3Prices.Keys)
        {
            data.Add(quality, size, 1); // dall-e-3 generates one image per request
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DallE3Cells))]
    public void Dalle3_price_per_image(string quality, string size, int n)
    {
        CostEstimate cost = ImageContract.EstimateCost("generations", "dall-e-3", Generation(("quality", quality), ("size", size), ("n", n)));

        Assert.Equal(DallE3Prices[(quality, size)] * n, cost.MinUsd);
        Assert.Equal(DallE3Prices[(quality, size)] * n, cost.MaxUsd);
        Assert.True(cost.IsExact, cost.ToString());
        Assert.Null(cost.OutputImageTokens);
        Assert.Null(cost.InputTextTokens); // DALL·E prompts are not billed by token
    }

    [Fact]
    public void Typed_dalle3_hd_landscape_costs_12_cents() =>
        Assert.Equal(0.12m, new DallE3.GenerateRequest("x") { Quality = DallE3.Quality.Hd, Size = DallE3.Size.W1792xH1024 }.EstimateCost().MaxUsd);

    [Theory]
    [InlineData("256x256", 1)]
    [InlineData("256x256", 5)]
    [InlineData("512x512", 1)]
    [InlineData("512x512", 4)]
    [InlineData("1024x1024", 1)]
    [InlineData("1024x1024", 10)]
    public void Dalle2_price_per_image_times_n(string size, int n)
    {
        CostEstimate cost = ImageContract.EstimateCost("generations", "dall-e-2", Generation(("size", size), ("n", n)));

        Assert.Equal(DallE2Prices[size] * n, cost.MinUsd);
        Assert.Equal(DallE2Prices[size] * n, cost.MaxUsd);
        Assert.True(cost.IsExact, cost.ToString());
    }

    [Fact]
    public void Dalle2_edits_and_variations_use_the_generation_prices__dalle2_edit_pricing()
    {
        // The seed's claim; UNCONFIRMED by the sources, and the spec prices them like generations.
        ImageFile square = TestImages.PngFile(512, 512);
        Assert.Equal(DallE2Prices["512x512"] * 2, new DallE2.EditRequest("x", square) { Size = DallE2.Size.W512xH512, N = 2 }.EstimateCost().MaxUsd);
        Assert.Equal(DallE2Prices["1024x1024"] * 3, new DallE2.VariationRequest(square) { N = 3 }.EstimateCost().MaxUsd);
    }

    // ---------------------------------------------------------------------------------------------------------
    // auto gives a range

    [Theory]
    [InlineData("auto", "1024x1024", "low", "1024x1024", "high", "1024x1024")]
    [InlineData("high", "auto", "high", "1024x1024", "high", "1024x1536")]
    [InlineData(null, null, "low", "1024x1024", "high", "1024x1536")]
    public void Auto_quality_or_size_gives_a_token_range(string? quality, string? size, string minQuality, string minSize, string maxQuality, string maxSize)
    {
        var values = Generation();
        if (quality is not null)
        {
            values["quality"] = quality;
        }

        if (size is not null)
        {
            values["size"] = size;
        }

        CostEstimate cost = ImageContract.EstimateCost("generations", "gpt-image-1", values, promptTokens: 0);

        Assert.Equal(Usd(OutputTokens[(minQuality, minSize)], 40m), cost.MinUsd);
        Assert.Equal(Usd(OutputTokens[(maxQuality, maxSize)], 40m), cost.MaxUsd);
        Assert.True(cost.MinUsd < cost.MaxUsd);
        Assert.False(cost.IsExact);
        Assert.True(cost.Estimated.HasFlag(CostParts.OutputImage));
        Assert.Equal(OutputTokens[(maxQuality, maxSize)], cost.OutputImageTokens); // the upper end
        Assert.False(string.IsNullOrEmpty(cost.Note));
    }

    [Fact]
    public void Auto_on_per_image_models_ranges_over_the_price_table()
    {
        CostEstimate cost = new GptImage2.GenerateRequest("x") { Quality = GptImage2.Quality.Auto, Size = GptImage2.Size.Auto }.EstimateCost(promptTokens: 0);
        decimal[] all = GptPerImage["gpt-image-2"].Values.SelectMany(v => v).ToArray();

        Assert.Equal(all.Min(), cost.MinUsd);
        Assert.Equal(all.Max(), cost.MaxUsd);
        Assert.False(cost.IsExact);
    }

    [Fact]
    public void Auto_size_with_a_known_quality_ranges_over_that_quality_only()
    {
        CostEstimate cost = new GptImage1Mini.GenerateRequest("x") { Quality = GptImage1Mini.Quality.Medium }.EstimateCost(promptTokens: 0);
        Assert.Equal(GptPerImage["gpt-image-1-mini"]["medium"].Min(), cost.MinUsd);
        Assert.Equal(GptPerImage["gpt-image-1-mini"]["medium"].Max(), cost.MaxUsd);
        Assert.False(cost.IsExact);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Partial images (+100 output tokens each)

    [Theory]
    [InlineData("gpt-image-1", "low", "1024x1024", 1)]
    [InlineData("gpt-image-1", "low", "1024x1024", 2)]
    [InlineData("gpt-image-1.5", "high", "1536x1024", 3)]
    public void Streamed_partial_images_add_100_tokens_each(string model, string quality, string size, int partials)
    {
        var values = Generation(("quality", quality), ("size", size), ("stream", true), ("partial_images", partials));
        CostEstimate cost = ImageContract.EstimateCost("generations", model, values, promptTokens: 0);

        Assert.Equal(partials * 100, cost.PartialImageTokens);
        Assert.Equal(OutputTokens[(quality, size)], cost.OutputImageTokens);
        Assert.Equal(Usd(OutputTokens[(quality, size)] + (partials * 100), TokenPrices[model].ImageOut), cost.MinUsd);
        Assert.Equal(cost.MinUsd, cost.MaxUsd);
        Assert.True(cost.IsExact, cost.ToString());
    }

    [Fact]
    public void Partial_images_without_stream_may_cost_nothing_extra()
    {
        var values = Generation(("quality", "low"), ("size", "1024x1024"), ("partial_images", 2));
        CostEstimate cost = ImageContract.EstimateCost("generations", "gpt-image-1", values, promptTokens: 0);

        Assert.Equal(Usd(272, 40m), cost.MinUsd);
        Assert.Equal(Usd(472, 40m), cost.MaxUsd);
        Assert.True(cost.Estimated.HasFlag(CostParts.PartialImages));
    }

    [Fact]
    public void Tool_partial_images_are_a_range_because_streaming_is_set_on_the_responses_call()
    {
        CostEstimate cost = new GptImage15.ImageGenerationTool { Quality = GptImage15.Quality.Low, Size = GptImage15.Size.W1024xH1024, PartialImages = 2 }.EstimateCost(promptTokens: 0);
        Assert.Equal(200, cost.PartialImageTokens);
        Assert.Equal(Usd(272, 32m), cost.MinUsd);
        Assert.Equal(Usd(472, 32m), cost.MaxUsd);
    }

    [Fact]
    public void Partial_images_on_per_image_models_are_priced_at_the_image_output_rate()
    {
        CostEstimate cost = new GptImage2.GenerateRequest("x")
        {
            Quality = GptImage2.Quality.High,
            Size = GptImage2.Size.W1024xH1024,
            Stream = true,
            PartialImages = 1,
        }.EstimateCost(promptTokens: 0);

        Assert.Equal(GptPerImage["gpt-image-2"]["high"][0] + Usd(100, TokenPrices["gpt-image-2"].ImageOut), cost.MaxUsd);
        Assert.Equal(cost.MinUsd, cost.MaxUsd);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Input images (edits)

    [Theory]
    [InlineData(1024, 1024, 194)]  // 512x512 -> 1 tile
    [InlineData(1024, 1536, 323)]  // 512x768 -> 2 tiles
    [InlineData(1536, 1024, 323)]
    [InlineData(512, 512, 194)]
    [InlineData(2048, 2048, 194)]
    [InlineData(4096, 2048, 323)]  // fit within 2048 -> 2048x1024 -> 1024x512 -> 2 tiles
    public void Input_image_tokens_follow_the_tile_rule(int width, int height, int expected)
    {
        var request = new GptImage1.EditRequest("add a rainbow", TestImages.PngFile(width, height))
        {
            Quality = GptImage1.Quality.Low,
            Size = GptImage1.Size.W1024xH1024,
        };

        CostEstimate cost = request.EstimateCost(promptTokens: 0);

        Assert.Equal(expected, cost.InputImageTokens);
        Assert.Equal(Usd(expected, 10m) + Usd(272, 40m), cost.MaxUsd);
        Assert.True(cost.IsExact, cost.ToString());
    }

    [Theory]
    [InlineData(1024, 1024, 194 + 4160)]
    [InlineData(1024, 1536, 323 + 6240)]
    [InlineData(1536, 1024, 323 + 6240)]
    public void High_input_fidelity_adds_4160_square_or_6240_otherwise(int width, int height, int expected)
    {
        var request = new GptImage1.EditRequest("keep the face", TestImages.PngFile(width, height))
        {
            Quality = GptImage1.Quality.Low,
            Size = GptImage1.Size.W1024xH1024,
            InputFidelity = GptImage1.InputFidelity.High,
        };

        CostEstimate cost = request.EstimateCost(promptTokens: 0);

        Assert.Equal(expected, cost.InputImageTokens);
        Assert.Equal(Usd(expected, 10m) + Usd(272, 40m), cost.MinUsd);
        Assert.Equal(cost.MinUsd, cost.MaxUsd);
    }

    [Fact]
    public void Input_images_add_up_and_the_mask_is_not_an_input_image()
    {
        var request = new GptImage15.EditRequest("combine", TestImages.PngFile(1024, 1024), TestImages.PngFile(1024, 1536))
        {
            Mask = TestImages.PngFile(1024, 1024),
            Quality = GptImage15.Quality.Medium,
            Size = GptImage15.Size.W1024xH1024,
        };

        CostEstimate cost = request.EstimateCost(promptTokens: 10);

        Assert.Equal(194 + 323, cost.InputImageTokens);
        Assert.Equal(Usd(10, 5m) + Usd(194 + 323, 8m) + Usd(1056, 32m), cost.MaxUsd);
    }

    [Fact]
    public void Inline_json_edit_images_are_counted_and_file_ids_are_not()
    {
        var inline = new GptImage1.JsonEditRequest("x", ImageReference.FromDataUrl(TestImages.Png(1024, 1024)))
        {
            Quality = GptImage1.Quality.Low,
            Size = GptImage1.Size.W1024xH1024,
        };
        var byId = inline with { Images = new[] { ImageReference.FromFileId("file-1") } };

        Assert.Equal(194, inline.EstimateCost(promptTokens: 0).InputImageTokens);
        CostEstimate unknown = byId.EstimateCost(promptTokens: 0);
        Assert.Equal(0, unknown.InputImageTokens);
        Assert.True(unknown.Estimated.HasFlag(CostParts.InputImage));
    }

    [Fact]
    public void Models_without_an_input_image_rule_flag_input_images_as_unknown()
    {
        CostEstimate cost = new GptImage1Mini.EditRequest("x", TestImages.PngFile(1024, 1024)) { Quality = GptImage1Mini.Quality.Low, Size = GptImage1Mini.Size.W1024xH1024 }.EstimateCost(promptTokens: 0);
        Assert.Null(cost.InputImageTokens);
        Assert.True(cost.Estimated.HasFlag(CostParts.InputImage));
        Assert.False(cost.IsExact);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Prompt tokens

    [Fact]
    public void Given_prompt_tokens_are_exact()
    {
        CostEstimate cost = new GptImage1.GenerateRequest("a prompt of unknown length") { Quality = GptImage1.Quality.Low, Size = GptImage1.Size.W1024xH1024 }.EstimateCost(promptTokens: 50);

        Assert.Equal(50, cost.InputTextTokens);
        Assert.Equal(Usd(50, 5m) + Usd(272, 40m), cost.MinUsd);
        Assert.Equal(cost.MinUsd, cost.MaxUsd);
        Assert.True(cost.IsExact, cost.ToString());
    }

    [Fact]
    public void Estimated_prompt_tokens_range_from_chars_over_4_to_utf8_bytes()
    {
        string prompt = new('a', 40);
        CostEstimate cost = new GptImage1.GenerateRequest(prompt) { Quality = GptImage1.Quality.Low, Size = GptImage1.Size.W1024xH1024 }.EstimateCost();

        Assert.Equal(40, cost.InputTextTokens); // the upper end
        Assert.Equal(Usd(10, 5m) + Usd(272, 40m), cost.MinUsd);
        Assert.Equal(Usd(40, 5m) + Usd(272, 40m), cost.MaxUsd);
        Assert.True(cost.Estimated.HasFlag(CostParts.InputText));
        Assert.False(cost.IsExact);
    }

    [Fact]
    public void Estimated_prompt_tokens_count_utf8_bytes_for_non_ascii_text()
    {
        string prompt = "東京の夜景"; // 5 UTF-16 chars, 15 UTF-8 bytes
        CostEstimate cost = new GptImage15.GenerateRequest(prompt) { Quality = GptImage15.Quality.Low, Size = GptImage15.Size.W1024xH1024 }.EstimateCost();

        Assert.Equal(15, cost.InputTextTokens);
        Assert.Equal(Usd(2, 5m) + Usd(272, 32m), cost.MinUsd);
        Assert.Equal(Usd(15, 5m) + Usd(272, 32m), cost.MaxUsd);
    }

    [Fact]
    public void Tool_prompt_tokens_are_unknown_unless_given()
    {
        var tool = new GptImage15.ImageGenerationTool { Quality = GptImage15.Quality.Low, Size = GptImage15.Size.W1024xH1024 };

        CostEstimate unknown = tool.EstimateCost();
        Assert.Null(unknown.InputTextTokens);
        Assert.True(unknown.Estimated.HasFlag(CostParts.InputText));

        CostEstimate given = tool.EstimateCost(promptTokens: 30);
        Assert.Equal(30, given.InputTextTokens);
        Assert.Equal(Usd(30, 5m) + Usd(272, 32m), given.MaxUsd);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Usage -> USD

    [Fact]
    public void Usage_is_priced_with_the_model_token_prices()
    {
        var usage = new ImageUsage { InputTokens = 244, InputTextTokens = 50, InputImageTokens = 194, OutputTokens = 4160, TotalTokens = 4404 };

        decimal usd = CostCalculator.FromUsage(GptImage1.Contract, usage);

        Assert.Equal((50 * 5m / PerMillion) + (194 * 10m / PerMillion) + (4160 * 40m / PerMillion), usd);
        Assert.Equal(0.16859m, usd);
    }

    [Fact]
    public void Usage_read_from_the_api_json_is_priced_the_same()
    {
        using var json = JsonDocument.Parse("""
            { "total_tokens": 4404, "input_tokens": 244, "output_tokens": 4160,
              "input_tokens_details": { "text_tokens": 50, "image_tokens": 194 } }
            """);

        ImageUsage usage = ImageUsage.FromJson(json.RootElement);

        Assert.Equal((50, 194, 4160), (usage.InputTextTokens, usage.InputImageTokens, usage.OutputTokens));
        Assert.Equal(0.16859m, CostCalculator.FromUsage(GptImage1.Contract, usage));
    }

    [Fact]
    public void Usage_with_output_details_prices_image_and_text_output_separately()
    {
        var usage = new ImageUsage { InputTextTokens = 20, InputImageTokens = 323, OutputTokens = 6250, OutputImageTokens = 6240, OutputTextTokens = 10 };

        // gpt-image-1.5 prices text output (10.00 per 1M, UNCONFIRMED); gpt-image-1 does not, so it is ignored there.
        Assert.Equal(Usd(20, 5m) + Usd(323, 8m) + Usd(6240, 32m) + Usd(10, 10m), CostCalculator.FromUsage(GptImage15.Contract, usage));
        Assert.Equal(Usd(20, 5m) + Usd(323, 10m) + Usd(6240, 40m), CostCalculator.FromUsage(GptImage1.Contract, usage));
    }

    [Fact]
    public void Usage_of_the_estimate_agrees_with_the_estimate()
    {
        var request = new GptImage1.EditRequest("add a hat", TestImages.PngFile(1024, 1024)) { Quality = GptImage1.Quality.High, Size = GptImage1.Size.W1024xH1024 };
        CostEstimate estimate = request.EstimateCost(promptTokens: 50);
        var usage = new ImageUsage
        {
            InputTextTokens = estimate.InputTextTokens!.Value,
            InputImageTokens = estimate.InputImageTokens!.Value,
            OutputTokens = estimate.OutputImageTokens!.Value,
        };

        Assert.Equal(estimate.MaxUsd, CostCalculator.FromUsage(GptImage1.Contract, usage));
    }

    [Theory]
    [InlineData("dall-e-2")]
    [InlineData("dall-e-3")]
    [InlineData("chatgpt-image-latest")]
    public void Usage_cannot_be_priced_without_token_prices(string model) =>
        Assert.Throws<InvalidOperationException>(() => CostCalculator.FromUsage(ImageContract.Find(model)!, new ImageUsage { OutputTokens = 100 }));
}
