using System.Text;
using System.Text.Json;
using ImageContracts.Http.Tests.Support;
using Microsoft.AspNetCore.Http;

// The seed documents (shared/seeds/000, 003) date from May 2025, when gpt-image-1, dall-e-2 and dall-e-3 were current;
// the spec now records them as retired (IMG0010 at compile time, a model_retired warning at run time).
#pragma warning disable IMG0010

namespace ImageContracts.Http.Tests;

/// <summary>Every code example of the seed documents, expressed with ImageContracts and run against the test server,
/// with the wire form the Python example would send checked on the server side. Where a seed is wrong (discrepancy
/// ids from the spec), the API reference's form is used and named.</summary>
public class SeedExampleTests
{
    private static readonly byte[] Png = Payloads.Image(31, 6000);

    /// <summary>Answers every endpoint the seeds use: images (b64 or url), responses (JSON or SSE), files.</summary>
    private static Task Answer(HttpContext ctx, RecordedRequest r)
    {
        string path = r.Path;
        if (path.EndsWith("/files", StringComparison.Ordinal))
        {
            return Respond.Json(ctx, "{\"id\":\"file-" + r.Attempt + "\",\"object\":\"file\",\"bytes\":" + r.Part("file").Data.Length + ",\"created_at\":1,\"filename\":\"" + r.Part("file").FileName + "\",\"purpose\":\"vision\"}");
        }

        if (path.EndsWith("/responses", StringComparison.Ordinal))
        {
            JsonElement body = r.Json;
            bool stream = body.TryGetProperty("stream", out JsonElement s) && s.GetBoolean();
            int partials = body.GetProperty("tools")[0].TryGetProperty("partial_images", out JsonElement p) ? p.GetInt32() : 0;
            return stream
                ? Respond.Sse(ctx, Payloads.ResponsesStream(Enumerable.Range(0, partials).Select(i => Payloads.Image(40 + i, 2000)).ToArray(), Png, "ig_" + r.Attempt))
                : Respond.Json(ctx, Payloads.ResponseJson("resp_" + r.Attempt, "completed", Payloads.CallItem("ig_" + r.Attempt, "completed", Png)));
        }

        bool url = r.ContentType!.StartsWith("multipart", StringComparison.Ordinal)
            ? !r.Parts.Any(x => x.Name == "response_format") || r.Part("response_format").Text == "url"
            : r.Json.TryGetProperty("response_format", out JsonElement f) ? f.GetString() == "url" : r.Json.GetProperty("model").GetString()!.StartsWith("dall-e", StringComparison.Ordinal);
        int n = r.ContentType.StartsWith("multipart", StringComparison.Ordinal)
            ? (r.Parts.Any(x => x.Name == "n") ? int.Parse(r.Part("n").Text) : 1)
            : r.Json.TryGetProperty("n", out JsonElement count) ? count.GetInt32() : 1;
        string data = string.Join(",", Enumerable.Range(0, n).Select(i => url
            ? "{\"url\":\"https://images.example/" + i + ".png\",\"revised_prompt\":\"revised " + i + "\"}"
            : "{\"b64_json\":\"" + Payloads.B64(Png) + "\",\"revised_prompt\":\"revised " + i + "\"}"));
        return Respond.Json(ctx, "{\"created\":1713833628,\"data\":[" + data + "]}");
    }

    [Fact]
    public Task Seed000_basic_generation_with_a_transparent_background() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();

        ImageResult result = await client.GenerateAsync(new GptImage1.GenerateRequest("A children's book drawing of a veterinarian using a stethoscope to listen to the heartbeat of a baby otter.")
        {
            Size = GptImage1.Size.W1024xH1024,
            Quality = GptImage1.Quality.High,
            Background = GptImage1.Background.Transparent,
        }, token);
        string folder = Directory.CreateTempSubdirectory("ic-seed-").FullName;
        await result.Image.SaveAsync(Path.Combine(folder, "otter.png"), token);

        Assert.Equal(Png, File.ReadAllBytes(Path.Combine(folder, "otter.png")));
        Directory.Delete(folder, true);
        JsonElement sent = Assert.Single(server.Requests).Json;
        Assert.Equal("gpt-image-1", sent.GetProperty("model").GetString());
        Assert.Equal("transparent", sent.GetProperty("background").GetString());
        Assert.Equal("high", sent.GetProperty("quality").GetString());
        Assert.Equal("1024x1024", sent.GetProperty("size").GetString());
    });

    [Fact]
    public Task Seed000_use_cases_logo_product_photo_and_sprite() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();

        await client.GenerateAsync(new GptImage1.GenerateRequest("Modern minimalist logo for a tech startup") { Size = GptImage1.Size.W1024xH1024, Background = GptImage1.Background.Transparent }, token);
        await client.GenerateAsync(new GptImage1.GenerateRequest("Professional product photo of wireless headphones on marble surface with soft lighting") { Size = GptImage1.Size.W1536xH1024, Quality = GptImage1.Quality.High }, token);
        // Discrepancy 5: the seed's format="png" is output_format.
        await client.GenerateAsync(new GptImage1.GenerateRequest("2D pixel art sprite of a tabby cat") { Background = GptImage1.Background.Transparent, Quality = GptImage1.Quality.High, OutputFormat = GptImage1.OutputFormat.Png }, token);

        RecordedRequest[] sent = server.Requests.ToArray();
        Assert.Equal("1536x1024", sent[1].Json.GetProperty("size").GetString());
        Assert.Equal("png", sent[2].Json.GetProperty("output_format").GetString());
        Assert.False(sent[2].Json.TryGetProperty("format", out _));
    });

    [Fact]
    public Task Seed000_multi_turn_generation_by_image_call_id() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();
        var tool = new GptImage1.ImageGenerationTool();

        ImageResponse first = await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1-mini", tool, "Generate an image of gray tabby cat hugging an otter with an orange scarf"), token);
        ImageGenerationCall call = first.ImageGenerationCalls.Single();
        ImageResponse followUp = await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1-mini", tool, "Now make it look realistic").Add(call.ToInputItem()), token);

        RecordedRequest[] sent = server.Requests.ToArray();
        Assert.Equal("{\"type\":\"image_generation_call\",\"id\":\"ig_0\"}", sent[1].Json.GetProperty("input")[1].GetRawText());
        Assert.Equal("Now make it look realistic", sent[1].Json.GetProperty("input")[0].GetProperty("content")[0].GetProperty("text").GetString());
        Assert.Equal("image_generation", sent[1].Json.GetProperty("tools")[0].GetProperty("type").GetString());
        Assert.Equal(Png, followUp.Image!.Result.ToArray());
    });

    [Theory]
    [InlineData(2, "Draw a gorgeous image of a river made of white owl feathers")]
    [InlineData(3, "A prompt for progressive results")]
    public Task Seed000_streaming_generation_saves_each_partial(int partials, string prompt) => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();
        string folder = Directory.CreateTempSubdirectory("ic-river-").FullName;
        var request = new ImageResponseRequest("gpt-4.1", new GptImage1.ImageGenerationTool { PartialImages = partials }, prompt);

        await foreach (ResponseStreamEvent e in client.CreateResponseStreamingAsync(request, token))
        {
            if (e.Kind == ResponseStreamEventKind.ImageGenerationPartialImage)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, "river_" + e.PartialImageIndex + ".png"), e.PartialImage.ToArray(), token);
            }
        }

        for (int i = 0; i < partials; i++)
        {
            Assert.Equal(Payloads.Image(40 + i, 2000), File.ReadAllBytes(Path.Combine(folder, "river_" + i + ".png")));
        }

        Assert.Equal(partials, Directory.GetFiles(folder).Length);
        Directory.Delete(folder, true);
    });

    [Fact]
    public Task Seed000_and_003_dalle3_url_hd_b64_revised_prompt_and_prompting_tip() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();

        ImageResult standard = await client.GenerateAsync(new DallE3.GenerateRequest("a white siamese cat") { Size = DallE3.Size.W1024xH1024, Quality = DallE3.Quality.Standard, ResponseFormat = DallE3.ResponseFormat.Url }, token);
        ImageResult hd = await client.GenerateAsync(new DallE3.GenerateRequest("a futuristic cityscape at sunset") { Size = DallE3.Size.W1792xH1024, Quality = DallE3.Quality.Hd, ResponseFormat = DallE3.ResponseFormat.B64Json }, token);
        ImageResult tip = await client.GenerateAsync(new DallE3.GenerateRequest("I NEED to test how the tool works with extremely simple prompts.\nDO NOT add any detail, just use it AS-IS: a red apple on a white table") { Size = DallE3.Size.W1024xH1024 }, token);

        Assert.Equal(new Uri("https://images.example/0.png"), standard.Image.Url);
        Assert.NotNull(standard.Image.UrlExpiresAt);
        Assert.Equal("revised 0", hd.Image.RevisedPrompt);
        Assert.Equal(Png, hd.Image.ToArray());
        Assert.Equal(0.12m, hd.CostUsd);
        Assert.Equal(0.04m, standard.CostUsd);
        Assert.NotNull(tip.Image.Url);
        Assert.Equal("hd", server.Requests[1].Json.GetProperty("quality").GetString());
    });

    [Fact]
    public Task Seed000_dalle2_generation_edit_with_mask_and_variations() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();
        byte[] lounge = TestImages.Png(1024, 1024, alpha: false), mask = TestImages.Png(1024, 1024, alpha: true), corgi = TestImages.Png(512, 512, alpha: false);

        await client.GenerateAsync(new DallE2.GenerateRequest("a white siamese cat") { Size = DallE2.Size.W1024xH1024, Quality = DallE2.Quality.Standard, N = 1 }, token);
        ImageResult four = await client.GenerateAsync(new DallE2.GenerateRequest("a futuristic robot in a garden") { Size = DallE2.Size.W512xH512, N = 4, ResponseFormat = DallE2.ResponseFormat.Url }, token);
        ImageResult edit = await client.EditAsync(new DallE2.EditRequest("A sunlit indoor lounge area with a pool containing a flamingo", ImageFile.FromBytes(lounge, "sunlit_lounge.png"))
        {
            Mask = ImageFile.FromBytes(mask, "mask.png"),
            N = 1,
            Size = DallE2.Size.W1024xH1024,
        }, token);
        ImageResult variations = await client.CreateVariationAsync(new DallE2.VariationRequest(ImageFile.FromBytes(corgi, "corgi_and_cat_paw.png")) { N = 3, Size = DallE2.Size.W1024xH1024 }, token);

        Assert.Equal(4, four.Images.Count);
        Assert.Equal(0.018m * 4, four.CostUsd); // 512x512 at $0.018 each
        Assert.NotNull(edit.Image.Url);
        Assert.Equal(3, variations.Images.Count);
        RecordedRequest editSent = server.Requests[2];
        Assert.Equal("sunlit_lounge.png", editSent.Part("image").FileName);
        Assert.Equal("mask.png", editSent.Part("mask").FileName);
        Assert.Equal("dall-e-2", editSent.Part("model").Text);
        Assert.Equal("3", server.Requests[3].Part("n").Text);
    });

    [Fact]
    public Task Seed000_gift_basket_from_a_data_url_and_an_uploaded_file() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();
        byte[] lotion = TestImages.Png(64, 64), incense = TestImages.Png(96, 96);
        const string prompt = "Generate a photorealistic image of a gift basket on a white background labeled 'Relax & Unwind' with a ribbon and handwriting-like font, containing all the items in the reference pictures.";

        UploadedFile file = await client.UploadFileAsync(ImageFile.FromBytes(incense, "incense-kit.png"), "vision", token);
        ImageResponse response = await client.CreateResponseAsync(
            new ImageResponseRequest("gpt-4.1", new GptImage1.ImageGenerationTool()).AddUserMessage(prompt, ImageReference.FromDataUrl(lotion), file.ToReference()), token);

        JsonElement content = server.Requests[1].Json.GetProperty("input")[0].GetProperty("content");
        Assert.Equal(prompt, content[0].GetProperty("text").GetString());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(lotion), content[1].GetProperty("image_url").GetString());
        Assert.Equal("file-0", content[2].GetProperty("file_id").GetString());
        Assert.Equal("vision", server.Requests[0].Part("purpose").Text);
        Assert.True(response.Image!.HasResult);
    });

    [Fact]
    public Task Seed000_inpainting_with_a_mask_file_and_image_to_image() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(Answer);
        using var client = server.Client();

        UploadedFile lounge = await client.UploadFileAsync(ImageFile.FromBytes(TestImages.Png(1024, 1024), "sunlit_lounge.png"), cancellationToken: token);
        UploadedFile mask = await client.UploadFileAsync(ImageFile.FromBytes(TestImages.Png(1024, 1024), "mask.png"), cancellationToken: token);
        await client.CreateResponseAsync(new ImageResponseRequest("gpt-4o", new GptImage1.ImageGenerationTool { Quality = GptImage1.Quality.High, InputImageMask = mask.ToReference() })
            .AddUserMessage("generate an image of the same sunlit indoor lounge area with a pool but the pool should contain a flamingo", lounge.ToReference()), token);
        await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", new GptImage1.ImageGenerationTool())
            .AddUserMessage("Transform this photo into a watercolor painting style", lounge.ToReference()), token);

        JsonElement inpaint = server.Requests[2].Json;
        Assert.Equal("gpt-4o", inpaint.GetProperty("model").GetString());
        Assert.Equal("{\"file_id\":\"file-1\"}", inpaint.GetProperty("tools")[0].GetProperty("input_image_mask").GetRawText());
        Assert.Equal("high", inpaint.GetProperty("tools")[0].GetProperty("quality").GetString());
        Assert.Equal("file-0", inpaint.GetProperty("input")[0].GetProperty("content")[1].GetProperty("file_id").GetString());
        Assert.Equal("file-0", server.Requests[3].Json.GetProperty("input")[0].GetProperty("content")[1].GetProperty("file_id").GetString());
    });
}
