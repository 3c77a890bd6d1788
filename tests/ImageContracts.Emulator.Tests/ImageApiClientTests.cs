using ImageContracts.Emulator.Tests.Support;

namespace ImageContracts.Emulator.Tests;

/// <summary>The Image API endpoints driven through the ImageContracts client (wire round trip), outputs checked with
/// independent decoders.</summary>
public sealed class ImageApiClientTests
{
    [Fact]
    public async Task Generation_is_an_opaque_truecolour_png_of_the_requested_size()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("a red fox in snow") { Size = new GptImage2.Size(1024, 1536), Quality = GptImage2.Quality.Low }, Emulators.Deadline());

        string check = Decoders.PngCheck(result.Image.ToArray());
        Assert.Contains("1024 x 1536", check);
        Assert.Contains("RGB", check);
        Assert.DoesNotContain("RGB+alpha", check);
        Assert.Equal("1024x1536", result.Size);
        Assert.Equal("low", result.Quality);
        Assert.Equal("png", result.OutputFormat);
    }

    [Fact]
    public async Task Same_prompt_gives_the_same_image_and_another_prompt_another()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        var request = new GptImage2.GenerateRequest("a lighthouse") { Quality = GptImage2.Quality.Low };
        byte[] first = (await client.GenerateAsync(request, Emulators.Deadline())).Image.ToArray();
        byte[] again = (await client.GenerateAsync(request, Emulators.Deadline())).Image.ToArray();
        byte[] other = (await client.GenerateAsync(request with { Prompt = "a windmill" }, Emulators.Deadline())).Image.ToArray();
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Usage_is_priced_from_the_spec_token_table()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using ImagesClient client = Emulators.Client(server);
        ImageResult result = await client.GenerateAsync(new GptImage15.GenerateRequest("a red fox") { Quality = GptImage15.Quality.Low, Size = GptImage15.Size.W1024xH1024 }, Emulators.Deadline());

        // Spec: gpt-image-1.5 low 1024x1024 = 272 output tokens at $32/1M; "a red fox" = ceil(9/4) = 3 text tokens at $5/1M.
        Assert.Equal(272, result.Usage!.OutputTokens);
        Assert.Equal(3, result.Usage.InputTextTokens);
        Assert.Equal(0.008719m, result.CostUsd);
    }

    [Fact]
    public async Task Transparent_webp_keeps_its_alpha_and_jpeg_decodes_at_size()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using ImagesClient client = Emulators.Client(server);
        ImageResult webp = await client.GenerateAsync(new GptImage15.GenerateRequest("a sticker") { Background = GptImage15.Background.Transparent, OutputFormat = GptImage15.OutputFormat.Webp, Quality = GptImage15.Quality.Medium, Size = GptImage15.Size.W1536xH1024 }, Emulators.Deadline());
        ImageResult jpeg = await client.GenerateAsync(new GptImage15.GenerateRequest("a photo") { OutputFormat = GptImage15.OutputFormat.Jpeg, OutputCompression = 60, Quality = GptImage15.Quality.Low, Size = GptImage15.Size.W1024xH1536 }, Emulators.Deadline());

        string dwebp = Decoders.Dwebp(webp.Image.ToArray());
        Assert.Contains("1536 x 1024", dwebp);
        Assert.Contains("alpha", dwebp, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("transparent", webp.Background);
        byte[] pixels = Pixels.Rgba(webp.Image.ToArray(), out _, out _);
        Assert.Equal(0, pixels[3]); // the corner is background: fully transparent
        Assert.Equal((1024, 1536), Decoders.Djpeg(jpeg.Image.ToArray()));
    }

    [Fact]
    public async Task Transparent_png_has_an_alpha_channel()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using ImagesClient client = Emulators.Client(server);
        ImageResult png = await client.GenerateAsync(new GptImage15.GenerateRequest("an icon") { Background = GptImage15.Background.Transparent, Quality = GptImage15.Quality.Medium, Size = GptImage15.Size.W1024xH1024 }, Emulators.Deadline());
        Assert.Contains("RGB+alpha", Decoders.PngCheck(png.Image.ToArray()));
    }

    [Fact]
    public async Task Streamed_generation_sends_partials_that_converge_then_the_final_image()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using ImagesClient client = Emulators.Client(server);
        var events = new List<ImageStreamEvent>();
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage15.GenerateRequest("a castle") { Stream = true, PartialImages = 2, Quality = GptImage15.Quality.Low, Size = GptImage15.Size.W1024xH1024 }, Emulators.Deadline()))
        {
            events.Add(item);
        }

        Assert.Equal(new[] { "image_generation.partial_image", "image_generation.partial_image", "image_generation.completed" }, events.Select(e => e.Type));
        Assert.Equal(new int?[] { 0, 1 }, events.Take(2).Select(e => e.PartialImageIndex));
        byte[] final = Pixels.Rgba(events[2].Image.ToArray(), out _, out _);
        double first = Pixels.Difference(Pixels.Rgba(events[0].Image.ToArray(), out _, out _), final);
        double second = Pixels.Difference(Pixels.Rgba(events[1].Image.ToArray(), out _, out _), final);
        Assert.True(second <= first, $"partial 1 ({second}) should be closer to the final image than partial 0 ({first})");
        foreach (ImageStreamEvent item in events)
        {
            Assert.Contains("1024 x 1024", Decoders.PngCheck(item.Image.ToArray()));
        }

        // Spec: 272 output tokens + 2 partial images x 100 tokens.
        Assert.Equal(472, events[2].Usage!.OutputTokens);
    }

    [Fact]
    public async Task Multipart_edit_keeps_the_input_where_the_mask_is_opaque()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using ImagesClient client = Emulators.Client(server);
        byte[] input = Pixels.SolidPng(1024, 1024, 10, 200, 30);
        byte[] maskRgba = new byte[1024 * 1024 * 4];
        for (int y = 0; y < 1024; y++)
        {
            for (int x = 0; x < 1024; x++)
            {
                int o = ((y * 1024) + x) * 4;
                maskRgba[o + 3] = x < 512 ? (byte)255 : (byte)0; // left half protected, right half editable
            }
        }

        var request = new GptImage15.EditRequest("paint a sun", ImageFile.FromBytes(input, "input.png"))
        {
            Mask = ImageFile.FromBytes(Pixels.Png(maskRgba, 1024, 1024), "mask.png"),
            Quality = GptImage15.Quality.Low,
            Size = GptImage15.Size.W1024xH1024,
        };
        ImageResult result = await client.EditAsync(request, Emulators.Deadline());

        byte[] output = Pixels.Rgba(result.Image.ToArray(), out int width, out _);
        int Changed(int x0, int x1)
        {
            int count = 0;
            for (int y = 0; y < 1024; y += 8)
            {
                for (int x = x0; x < x1; x += 8)
                {
                    int o = ((y * width) + x) * 4;
                    count += output[o] == 10 && output[o + 1] == 200 && output[o + 2] == 30 ? 0 : 1;
                }
            }

            return count;
        }

        Assert.Equal(0, Changed(0, 512));
        Assert.True(Changed(512, 1024) > 1000, "the editable half should change");
        Assert.True(result.Usage!.InputImageTokens > 0, "input images are billed");
    }

    [Fact]
    public async Task Json_edit_uses_an_uploaded_file_and_streams_edit_events()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.BeforeGptImage15Shutdown);
        using ImagesClient client = Emulators.Client(server);
        UploadedFile file = await client.UploadFileAsync(ImageFile.FromBytes(Pixels.SolidPng(512, 512, 250, 250, 0), "yellow.png"), cancellationToken: Emulators.Deadline());
        var events = new List<ImageStreamEvent>();
        await foreach (ImageStreamEvent item in client.EditStreamingAsync(new GptImage15.JsonEditRequest("add a hat", ImageReference.FromFileId(file.Id)) { Stream = true, PartialImages = 1, Quality = GptImage15.Quality.Low }, Emulators.Deadline()))
        {
            events.Add(item);
        }

        Assert.Equal(new[] { "image_edit.partial_image", "image_edit.completed" }, events.Select(e => e.Type));
        byte[] output = Pixels.Rgba(events[^1].Image.ToArray(), out _, out _);
        Assert.True(output[0] > 150 && output[1] > 150, "the yellow input shows through the unmasked edit");
    }

    [Fact]
    public async Task DallE3_answers_urls_with_a_revised_prompt_and_the_url_expires_after_an_hour()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.DallEDays, out var clock);
        using ImagesClient client = Emulators.Client(server);
        ImageResult result = await client.GenerateAsync(new DallE3.GenerateRequest("a white cat") { ResponseFormat = DallE3.ResponseFormat.Url, Size = DallE3.Size.W1024xH1024 }, Emulators.Deadline());

        Uri url = result.Image.Url!;
        Assert.Contains("a white cat", result.Image.RevisedPrompt);
        using var http = new HttpClient();
        byte[] png = await http.GetByteArrayAsync(url, Emulators.Deadline());
        Assert.Contains("1024 x 1024", Decoders.PngCheck(png));
        clock.Advance(TimeSpan.FromMinutes(61));
        using HttpResponseMessage expired = await http.GetAsync(url, Emulators.Deadline());
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task DallE2_variation_uses_the_input_image()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.DallEDays);
        using ImagesClient client = Emulators.Client(server);
        ImageResult result = await client.CreateVariationAsync(new DallE2.VariationRequest(ImageFile.FromBytes(Pixels.SolidPng(256, 256, 0, 0, 255), "blue.png")) { N = 2, Size = DallE2.Size.W256xH256, ResponseFormat = DallE2.ResponseFormat.B64Json }, Emulators.Deadline());
        Assert.Equal(2, result.Images.Count);
        byte[] first = Pixels.Rgba(result.Images[0].ToArray(), out int w, out int h);
        Assert.Equal((256, 256), (w, h));
        Assert.True(first[2] > 120, "blue input shows through");
        Assert.NotEqual(result.Images[0].ToArray(), result.Images[1].ToArray());
    }
}
