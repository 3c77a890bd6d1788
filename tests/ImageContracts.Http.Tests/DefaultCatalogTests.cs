using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>A client built with nothing but an address and a key prices usage through the bundled spec.</summary>
public class DefaultCatalogTests
{
    [Fact]
    public void The_default_catalog_is_the_bundled_spec() =>
        Assert.Same(BundledContracts.Catalog, new ImagesClientOptions().Catalog);

    [Fact]
    public Task A_client_with_default_options_reports_the_cost_of_a_gpt_image_2_call() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 100))));
        using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = server.BaseAddress, ApiKey = TestKeys.ApiKey });

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("a red apple"), token);

        // Payloads.Usage: 40 text and 10 image input tokens, 4160 output tokens, at gpt-image-2's $5 / $8 / $30 per million.
        Assert.Equal(40 * 5.00m / 1_000_000 + 10 * 8.00m / 1_000_000 + 4160 * 30.00m / 1_000_000, result.CostUsd);
    });

    [Fact]
    public void A_null_catalog_is_refused_when_the_client_is_built() =>
        Assert.Throws<ArgumentNullException>(() => new ImagesClient(new ImagesClientOptions { Catalog = null! }));
}
