using System.Drawing;
using System.Text.Json;
using ImageContracts.Http.Tests.Support;
using Microsoft.Extensions.AI;
using MeaiRequest = Microsoft.Extensions.AI.ImageGenerationRequest; // the generated loose ImageContracts.ImageGenerationRequest has the same name

#pragma warning disable MEAI001 // IImageGenerator is experimental.

namespace ImageContracts.Http.Tests;

/// <summary>The Microsoft.Extensions.AI IImageGenerator adapter keeps every option and returns the final image.</summary>
public class ImageGeneratorTests
{
    private static readonly byte[] Image = Payloads.Image(21, 20_000);

    [Fact]
    public Task Every_option_reaches_the_wire_and_the_images_come_back_as_data() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image, Image)));
        using var client = server.Client();
        IImageGenerator generator = client.AsIImageGenerator();
        var options = new ImageGenerationOptions
        {
            ModelId = "gpt-image-2.6-sunburst",
            Count = 2,
            ImageSize = new Size(1024, 1536),
            MediaType = "image/webp",
            AdditionalProperties = new AdditionalPropertiesDictionary { ["quality"] = "high", ["background"] = "opaque", ["output_compression"] = 60, ["moderation"] = "low" },
        };

        ImageGenerationResponse response = await generator.GenerateAsync(new MeaiRequest("a fox"), options, token);

        Assert.Equal(
            "{\"model\":\"gpt-image-2.6-sunburst\",\"prompt\":\"a fox\",\"n\":2,\"size\":\"1024x1536\",\"output_format\":\"webp\",\"quality\":\"high\",\"background\":\"opaque\",\"output_compression\":60,\"moderation\":\"low\"}",
            Assert.Single(server.Requests).BodyText);
        Assert.Equal(2, response.Contents.Count);
        DataContent first = Assert.IsType<DataContent>(response.Contents[0]);
        Assert.Equal(Image, first.Data.ToArray());
        Assert.Equal("image/png", first.MediaType); // what the service reports
        Assert.Equal(4160, response.Usage!.OutputTokenCount);
        Assert.Equal(40, response.Usage.AdditionalCounts!["InputTextTokens"]);
        Assert.IsType<ImageResult>(response.RawRepresentation);
        Assert.Equal("openai", generator.GetService<ImageGeneratorMetadata>()!.ProviderName);
        Assert.Same(client, generator.GetService<ImagesClient>());
    });

    [Fact]
    public Task StreamingCount_streams_and_returns_the_final_image() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", new[] { Payloads.Image(1, 5000), Payloads.Image(2, 5000) }, Image);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();

        ImageGenerationResponse response = await client.AsIImageGenerator().GenerateAsync(new MeaiRequest("a fox"), new ImageGenerationOptions { StreamingCount = 2 }, token);

        JsonElement sent = Assert.Single(server.Requests).Json;
        Assert.True(sent.GetProperty("stream").GetBoolean());
        Assert.Equal(2, sent.GetProperty("partial_images").GetInt32());
        Assert.Equal(Image, Assert.IsType<DataContent>(Assert.Single(response.Contents)).Data.ToArray());
        Assert.Equal(4160, response.Usage!.OutputTokenCount);
    });

    [Fact]
    public Task All_original_images_and_the_mask_are_sent_as_multipart() => Limit.Run(async token =>
    {
        byte[] a = TestImages.Png(256, 256), b = TestImages.Png(128, 128, filler: 30), mask = TestImages.Png(256, 256, filler: 5);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using var client = server.Client();
        var request = new MeaiRequest("put them together", new AIContent[] { new DataContent(a, "image/png") { Name = "a.png" }, new DataContent(b, "image/png") });
        var options = new ImageGenerationOptions { AdditionalProperties = new AdditionalPropertiesDictionary { ["mask"] = new DataContent(mask, "image/png"), ["complexity"] = "low" } };

        await client.AsIImageGenerator().GenerateAsync(request, options, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/images/edits", sent.Path);
        FormPart[] images = sent.Parts.Where(p => p.Name == "image[]").ToArray();
        Assert.Equal(2, images.Length);
        Assert.Equal("a.png", images[0].FileName);
        Assert.Equal(b, images[1].Data);
        Assert.Equal(mask, sent.Part("mask").Data);
        Assert.Equal("low", sent.Part("complexity").Text);
        Assert.Equal("put them together", sent.Part("prompt").Text);
    });

    [Fact]
    public Task Hosted_files_and_urls_make_a_JSON_edit() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using var client = server.Client();
        var request = new MeaiRequest("blend", new AIContent[] { new HostedFileContent("file-1"), new UriContent(new Uri("https://example.com/b.png"), "image/png") });

        await client.AsIImageGenerator().GenerateAsync(request, null, token);

        JsonElement sent = Assert.Single(server.Requests).Json;
        Assert.Equal("file-1", sent.GetProperty("images")[0].GetProperty("file_id").GetString());
        Assert.Equal("https://example.com/b.png", sent.GetProperty("images")[1].GetProperty("image_url").GetString());
    });

    [Fact]
    public Task Dalle3_gets_response_format_and_urls_come_back_as_UriContent() => Limit.Run(async token =>
    {
        const string body = "{\"created\":1713833628,\"data\":[{\"url\":\"https://images.example/x.png\",\"revised_prompt\":\"r\"}]}";
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using var client = server.Client();

        ImageGenerationResponse response = await client.AsIImageGenerator("dall-e-3").GenerateAsync(
            new MeaiRequest("x"),
            new ImageGenerationOptions { ResponseFormat = ImageGenerationResponseFormat.Uri, AdditionalProperties = new AdditionalPropertiesDictionary { ["style"] = "natural" } },
            token);

        JsonElement sent = Assert.Single(server.Requests).Json;
        Assert.Equal("dall-e-3", sent.GetProperty("model").GetString());
        Assert.Equal("url", sent.GetProperty("response_format").GetString());
        Assert.Equal("natural", sent.GetProperty("style").GetString());
        Assert.Equal(new Uri("https://images.example/x.png"), Assert.IsType<UriContent>(Assert.Single(response.Contents)).Uri);
    });

    [Fact]
    public Task A_typed_request_from_RawRepresentationFactory_is_sent_as_is() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using var client = server.Client();
        var typed = new GptImage26Sunburst.GenerateRequest("typed") { Quality = GptImage26Sunburst.Quality.Low };

        await client.AsIImageGenerator().GenerateAsync(new MeaiRequest("ignored"), new ImageGenerationOptions { RawRepresentationFactory = _ => typed }, token);

        Assert.Equal("{\"model\":\"gpt-image-2.6-sunburst\",\"prompt\":\"typed\",\"quality\":\"low\"}", Assert.Single(server.Requests).BodyText);
    });

    [Fact]
    public Task Options_are_validated_through_the_catalog() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageRequestValidationException>(() =>
            client.AsIImageGenerator().GenerateAsync(new MeaiRequest("x"), new ImageGenerationOptions { Count = 20, AdditionalProperties = new AdditionalPropertiesDictionary { ["quality"] = "ultra" } }, token));

        Assert.Equal(0, server.Count);
        Assert.True(ex.Validation.Has(ValidationCodes.OutOfRange));
        Assert.True(ex.Validation.Has(ValidationCodes.ValueNotAllowed));
    });
}
