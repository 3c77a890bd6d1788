using System.ClientModel;
using ImageContracts.Emulator.Tests.Support;
using OpenAI;
using OpenAI.Files;
using OpenAI.Images;
using OpenAI.Responses;
using GeneratedImage = OpenAI.Images.GeneratedImage;

namespace ImageContracts.Emulator.Tests;

/// <summary>The same scenarios driven by a client no one here wrote: the official OpenAI .NET SDK 2.15.0.</summary>
public sealed class OfficialDotnetSdkTests
{
    private static OpenAIClientOptions Options(ImageEmulator server) => new() { Endpoint = server.BaseAddress, NetworkTimeout = TimeSpan.FromSeconds(60), RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) };

    private static ImageClient Images(ImageEmulator server, string model, string key = Emulators.ApiKey) => new(model, new ApiKeyCredential(key), Options(server));

    private static ResponsesClient Responses(ImageEmulator server)
        => new(new ApiKeyCredential(Emulators.ApiKey), new ResponsesClientOptions { Endpoint = server.BaseAddress, NetworkTimeout = TimeSpan.FromSeconds(60) });

    [Fact]
    public async Task Generation_decodes_as_webp_of_the_requested_size()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        ClientResult<GeneratedImage> result = await Images(server, "gpt-image-2").GenerateImageAsync("a fox", new ImageGenerationOptions
        {
            Size = GeneratedImageSize.W1024xH1536,
            Quality = GeneratedImageQuality.LowQuality,
            OutputFileFormat = GeneratedImageFileFormat.Webp,
        }, Emulators.Deadline());
        Assert.Contains("1024 x 1536", Decoders.Dwebp(result.Value.ImageBytes.ToArray()));
    }

    [Fact]
    public async Task Multipart_edit_with_a_mask_returns_an_image_of_the_input_size()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using var image = new MemoryStream(Pixels.SolidPng(1024, 1024, 200, 0, 0));
        using var mask = new MemoryStream(Pixels.SolidPng(1024, 1024, 0, 0, 0, a: 0));
        ClientResult<GeneratedImage> result = await Images(server, "gpt-image-1.5").GenerateImageEditAsync(image, "red.png", "add a moon", mask, "mask.png",
            new ImageEditOptions { Size = GeneratedImageSize.W1024xH1024 }, Emulators.Deadline());
        Assert.Contains("1024 x 1024", Decoders.PngCheck(result.Value.ImageBytes.ToArray()));
    }

    [Fact]
    public async Task DallE_variation_and_url_answers_work_on_a_day_dall_e_was_live()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.DallEDays);
        using var input = new MemoryStream(Pixels.SolidPng(256, 256, 0, 0, 255));
        ClientResult<GeneratedImage> variation = await Images(server, "dall-e-2").GenerateImageVariationAsync(input, "blue.png",
            new ImageVariationOptions { Size = GeneratedImageSize.W256xH256, ResponseFormat = GeneratedImageFormat.Bytes }, Emulators.Deadline());
        Assert.Contains("256 x 256", Decoders.PngCheck(variation.Value.ImageBytes.ToArray()));

        ClientResult<GeneratedImage> byUrl = await Images(server, "dall-e-3").GenerateImageAsync("a lighthouse", new ImageGenerationOptions { Size = GeneratedImageSize.W1024xH1024, ResponseFormat = GeneratedImageFormat.Uri }, Emulators.Deadline());
        Assert.Contains("a lighthouse", byUrl.Value.RevisedPrompt);
        using var http = new HttpClient();
        Assert.Contains("1024 x 1024", Decoders.PngCheck(await http.GetByteArrayAsync(byUrl.Value.ImageUri, Emulators.Deadline())));
    }

    [Fact]
    public async Task Responses_tool_turns_and_multi_turn_by_previous_response_id()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        ResponsesClient client = Responses(server);
        CreateResponseOptions First() => new("gpt-5", new[] { ResponseItem.CreateUserMessageItem("a paper boat") })
        {
            Tools = { ResponseTool.CreateImageGenerationTool("gpt-image-2", quality: ImageGenerationToolQuality.Low, size: ImageGenerationToolSize.W1024xH1024) },
        };
        ResponseResult first = (await client.CreateResponseAsync(First(), Emulators.Deadline())).Value;
        ImageGenerationCallResponseItem call = first.OutputItems.OfType<ImageGenerationCallResponseItem>().Single();
        Assert.Contains("1024 x 1024", Decoders.PngCheck(call.ImageResultBytes.ToArray()));
        Assert.False(string.IsNullOrEmpty(first.GetOutputText()));

        CreateResponseOptions next = First();
        next.InputItems.Clear();
        next.InputItems.Add(ResponseItem.CreateUserMessageItem("make it red"));
        next.PreviousResponseId = first.Id;
        ResponseResult second = (await client.CreateResponseAsync(next, Emulators.Deadline())).Value;
        Assert.Equal(first.Id, second.PreviousResponseId);
        Assert.Single(second.OutputItems.OfType<ImageGenerationCallResponseItem>());
    }

    [Fact]
    public async Task Responses_stream_delivers_partial_images_and_the_completed_response()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        var options = new CreateResponseOptions("gpt-5", new[] { ResponseItem.CreateUserMessageItem("a comet") })
        {
            Tools = { ResponseTool.CreateImageGenerationTool("gpt-image-2", quality: ImageGenerationToolQuality.Low, size: ImageGenerationToolSize.W1024xH1024, partialImageCount: 2) },
            StreamingEnabled = true,
        };
        var partials = new List<byte[]>();
        ResponseResult? completed = null;
        await foreach (StreamingResponseUpdate update in await Responses(server).CreateResponseStreamingAsync(options, Emulators.Deadline()))
        {
            if (update is StreamingResponseImageGenerationCallPartialImageUpdate partial)
            {
                partials.Add(partial.PartialImageBytes.ToArray());
            }
            else if (update is StreamingResponseCompletedUpdate done)
            {
                completed = done.Response;
            }
        }

        Assert.Equal(2, partials.Count);
        Assert.All(partials, p => Assert.Contains("1024 x 1024", Decoders.PngCheck(p)));
        Assert.NotNull(completed);
        Assert.Single(completed!.OutputItems.OfType<ImageGenerationCallResponseItem>());
    }

    [Fact]
    public async Task Invalid_requests_surface_the_api_error_codes()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        ClientResultException invalid = await Assert.ThrowsAsync<ClientResultException>(() => Images(server, "gpt-image-2").GenerateImageAsync("x", new ImageGenerationOptions { Quality = GeneratedImageQuality.Standard }, Emulators.Deadline()));
        Assert.Equal(400, invalid.Status);
        Assert.Contains("invalid_value", invalid.Message);

        ClientResultException retired = await Assert.ThrowsAsync<ClientResultException>(() => Images(server, "dall-e-3").GenerateImageAsync("x", cancellationToken: Emulators.Deadline()));
        Assert.Equal(404, retired.Status);
        Assert.Contains("model_not_found", retired.Message);

        ClientResultException unauthorized = await Assert.ThrowsAsync<ClientResultException>(() => Images(server, "gpt-image-2", "sk-wrong").GenerateImageAsync("x", cancellationToken: Emulators.Deadline()));
        Assert.Equal(401, unauthorized.Status);
    }

    [Fact]
    public async Task Files_upload_and_download_round_trip()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        var files = new OpenAIFileClient(new ApiKeyCredential(Emulators.ApiKey), Options(server));
        byte[] png = Pixels.SolidPng(32, 32, 9, 9, 9);
        using var upload = new MemoryStream(png);
        OpenAIFile file = (await files.UploadFileAsync(upload, "nine.png", FileUploadPurpose.Vision, Emulators.Deadline())).Value;
        BinaryData content = (await files.DownloadFileAsync(file.Id, Emulators.Deadline())).Value;
        Assert.Equal(png, content.ToArray());
        Assert.True((await files.DeleteFileAsync(file.Id, Emulators.Deadline())).Value.Deleted);
    }
}
