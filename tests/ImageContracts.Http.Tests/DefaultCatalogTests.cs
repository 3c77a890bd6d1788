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

/// <summary>The client posts where the catalog's spec says each endpoint lives: the paths are spec facts, not client constants.</summary>
public class EndpointPathTests
{
    [Fact]
    public Task Requests_go_to_the_path_of_the_catalog_endpoint() => Limit.Run(async token =>
    {
        var paths = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var server = await TestServer.StartAsync((ctx, _) =>
        {
            paths.Enqueue(ctx.Request.Path.Value ?? "");
            return Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 100)));
        });
        var bundled = BundledContracts.Catalog;
        // A spec whose generations endpoint moved (as a proxy in front of the API might put it).
        var moved = bundled.Endpoints.Select(e => e.Endpoint == ImageEndpoint.Generations
            ? new EndpointInfo { Endpoint = e.Endpoint, Name = e.Name, Path = "/proxied/images/generate", DefaultModel = e.DefaultModel, DefaultModelWithGptParameters = e.DefaultModelWithGptParameters, ExplicitModel = e.ExplicitModel }
            : e).ToList();
        var catalogs = new[] { bundled, new ContractCatalog(bundled.Models, bundled.HostModels, moved) };

        foreach (var catalog in catalogs)
        {
            using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = server.BaseAddress, ApiKey = TestKeys.ApiKey, Catalog = catalog });
            await client.GenerateAsync(new GptImage2.GenerateRequest("a red apple"), token);
        }

        Assert.Equal(["/v1/images/generations", "/v1/proxied/images/generate"], paths.ToArray());
    });
}

/// <summary>A request carries its model's contract, so the client prices a model its own catalog does not know.</summary>
public class RequestContractTests
{
    [Fact]
    public Task A_request_built_with_an_extended_catalog_is_priced_by_a_client_with_the_default_one() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 100))));
        var gptImage2 = BundledContracts.Catalog.Find("gpt-image-2")!;
        var newModel = new ModelContract
        {
            Id = "gpt-image-9",
            TypeName = "GptImage9",
            DisplayName = "GPT Image 9",
            Family = gptImage2.Family,
            Endpoints = gptImage2.Endpoints,
            Pricing = new PricingContract { Tokens = new TokenPrices { TextInput = 1m, ImageInput = 2m, ImageOutput = 10m } },
        };
        var extended = BundledContracts.Catalog.With([newModel]);
        using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = server.BaseAddress, ApiKey = TestKeys.ApiKey });
        Assert.Null(client.Catalog.Find("gpt-image-9"));

        var request = new WireImageRequest("gpt-image-9", ImageEndpoint.Generations, extended);
        request.Set("prompt", "a red apple");
        ImageResult result = await client.GenerateAsync(request, token);

        Assert.Same(newModel, ((IImageRequest)request).Contract);
        // Payloads.Usage: 40 text and 10 image input tokens, 4160 output tokens, at the new model's $1 / $2 / $10 per million.
        Assert.Equal(40 * 1m / 1_000_000 + 10 * 2m / 1_000_000 + 4160 * 10m / 1_000_000, result.CostUsd);
    });
}
