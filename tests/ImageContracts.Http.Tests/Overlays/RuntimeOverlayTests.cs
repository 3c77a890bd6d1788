using ImageContracts.Http.Tests.Support;
using ImageContracts.Overlays;

namespace ImageContracts.Http.Tests.Overlays;

/// <summary>
/// A service learns a model from a spec overlay at run time (no build): gpt-image-3, extending the bundled gpt-image-2
/// with its own size list, free-form limits and prices. Validation, estimates and the HTTP client follow the overlay.
/// </summary>
public class RuntimeOverlayTests
{
    /// <summary>gpt-image-3: sizes auto, 1024x1024, 2048x2048; free-form sizes in steps of 64 up to 2048 px; its own
    /// token prices ($4 text in, $6 image in, $20 image out per million) and a high 2048x2048 price of $0.30.</summary>
    internal const string Gpt3Overlay = """
        spec: openai-images
        models:
          gpt-image-3:
            extends: gpt-image-2
            type: GptImage3
            displayName: GPT Image 3
            doc: "A model the service learned from this overlay."
            aliases: [gpt-image-3-2026-12-01]
            endpoints:
              generations:
                parameters:
                  size:
                    values: [auto, 1024x1024, 2048x2048]
                    freeForm: { multipleOf: 64, maxEdge: 2048, maxAspectRatio: 2, minPixels: 1048576, maxPixels: 4194304, source: GUIDE-2 }
                    source: GUIDE-2
            pricing:
              tokens: { textInput: 4.00, imageInput: 6.00, imageOutput: 20.00 }
              perImage:
                high: { 2048x2048: 0.30 }
        """;

    private static readonly ContractCatalog Catalog = BundledContracts.Catalog.With(SpecOverlay.Parse(Gpt3Overlay, "gpt-image-3.imagespec.yaml"));

    private static Dictionary<string, object?> Generate(string size) => new() { ["prompt"] = "a red apple", ["size"] = size, ["quality"] = "high" };

    [Fact]
    public void The_overlay_holds_only_the_model_it_adds()
    {
        SpecOverlay overlay = SpecOverlay.Parse(Gpt3Overlay, "gpt-image-3.imagespec.yaml");

        Assert.Equal(new[] { "gpt-image-3" }, overlay.Models.Select(m => m.Id));
        Assert.Empty(overlay.Warnings);
        Assert.Same(Catalog.Find("gpt-image-3"), Catalog.Find("gpt-image-3-2026-12-01"));
        Assert.Equal(BundledContracts.Catalog.Models.Count + 1, Catalog.Models.Count);
    }

    [Theory]
    [InlineData("2048x2048")]   // listed by the overlay (gpt-image-2 lists it too)
    [InlineData("1536x1024")]   // free-form: multiples of 64, 1.5:1, 1.57 MP
    public void Sizes_the_overlay_allows_validate(string size) =>
        Assert.True(Catalog.Validate("generations", "gpt-image-3", Generate(size)).IsValid);

    [Fact]
    public void A_size_gpt_image_2_accepts_is_refused_for_the_overlay_model()
    {
        // 1040x1040: a multiple of 16 (gpt-image-2's step), not of 64 (gpt-image-3's).
        Assert.True(Catalog.Validate("generations", "gpt-image-2", Generate("1040x1040")).IsValid);

        ValidationResult result = Catalog.Validate("generations", "gpt-image-3", Generate("1040x1040"));

        Assert.False(result.IsValid);
        Assert.True(result.Has(ValidationCodes.SizeNotMultiple), result.ToString());
    }

    [Fact]
    public void A_size_beyond_the_overlays_edge_is_refused() =>
        Assert.True(Catalog.Validate("generations", "gpt-image-3", Generate("3840x2160")).Has(ValidationCodes.SizeEdge));

    [Fact]
    public void The_estimate_uses_the_overlays_prices()
    {
        CostEstimate estimate = Catalog.EstimateCost("generations", "gpt-image-3", Generate("2048x2048"), promptTokens: 1000);

        // $0.30 for the image (the overlay's high 2048x2048) + 1000 prompt tokens at the overlay's $4 per million.
        Assert.Equal(0.30m + 1000 * 4.00m / 1_000_000, estimate.MinUsd);
        Assert.Equal(estimate.MinUsd, estimate.MaxUsd);
    }

    [Fact]
    public Task The_client_sends_a_request_for_the_overlay_model_and_prices_its_usage() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 100))));
        using ImagesClient client = server.Client(o => o.Catalog = Catalog);
        var request = new WireImageRequest("gpt-image-3", ImageEndpoint.Generations, Catalog);
        foreach (var (name, value) in Generate("2048x2048"))
        {
            request.Set(name, value);
        }

        ImageResult result = await client.GenerateAsync(request, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/images/generations", sent.Path);
        Assert.Equal("gpt-image-3", sent.Json.GetProperty("model").GetString());
        Assert.Equal("2048x2048", sent.Json.GetProperty("size").GetString());
        // Payloads.Usage: 40 text and 10 image input tokens, 4160 output tokens, at the overlay's $4 / $6 / $20 per million.
        Assert.Equal(40 * 4.00m / 1_000_000 + 10 * 6.00m / 1_000_000 + 4160 * 20.00m / 1_000_000, result.CostUsd);
    });

    [Fact]
    public Task The_client_refuses_a_size_the_overlay_model_does_not_accept_before_sending() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 100))));
        using ImagesClient client = server.Client(o => o.Catalog = Catalog);
        var request = new WireImageRequest("gpt-image-3", ImageEndpoint.Generations, Catalog);
        foreach (var (name, value) in Generate("1040x1040"))
        {
            request.Set(name, value);
        }

        var error = await Assert.ThrowsAsync<ImageRequestValidationException>(() => client.GenerateAsync(request, token));

        Assert.Contains("1040x1040", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count);
    });

    [Fact]
    public void An_overlay_that_changes_a_price_replaces_that_model_and_the_models_extending_it()
    {
        // gpt-image-1.5 extends gpt-image-1 and keeps its output-token table; nothing else inherits from gpt-image-1.
        SpecOverlay overlay = SpecOverlay.Parse("""
            models:
              gpt-image-1:
                pricing:
                  outputTokens: { low: { 1024x1024: 300 } }
            """, "tokens.imagespec.yaml");

        ContractCatalog catalog = BundledContracts.Catalog.With(overlay);

        Assert.Equal(new[] { "gpt-image-1", "gpt-image-1.5" }, overlay.Models.Select(m => m.Id));
        Assert.Equal(300, catalog.Find("gpt-image-1.5")!.Pricing!.OutputTokens.Single(e => e is { Quality: "low", Size: "1024x1024" }).Tokens);
        Assert.Equal(272, BundledContracts.Catalog.Find("gpt-image-1.5")!.Pricing!.OutputTokens.Single(e => e is { Quality: "low", Size: "1024x1024" }).Tokens);
        Assert.Equal(BundledContracts.Catalog.Models.Select(m => m.Id), catalog.Models.Select(m => m.Id));
        Assert.Same(BundledContracts.Catalog.Find("gpt-image-2"), catalog.Find("gpt-image-2"));
    }

    [Fact]
    public void Overlay_files_load_from_disk()
    {
        string path = Path.Combine(Path.GetTempPath(), "overlay-" + Guid.NewGuid().ToString("N") + ".imagespec.yaml");
        File.WriteAllText(path, Gpt3Overlay);
        try
        {
            Assert.Equal("gpt-image-3", Assert.Single(SpecOverlay.Load(path).Models).Id);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
