// gpt-image-1.5 (shut down 2026-12-01, IMG0010) is used on purpose: it is the last model with input_fidelity and a
// published output-token table, whose wire form and cost these tests check; accounts and proxies that still serve it
// send exactly this. Tests that just need a model use gpt-image-2.6-sunburst.
#pragma warning disable IMG0010

using System.Text.Json;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>The exact wire form of every endpoint, checked on the server side.</summary>
public class WireFormTests
{
    [Fact]
    public Task Generate_sends_exactly_the_set_fields_with_their_JSON_types_and_the_headers() => Limit.Run(async token =>
    {
        byte[] one = Payloads.Image(1, 3000), two = Payloads.Image(2, 2000);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(one, two)));
        using var client = server.Client(o => { o.Organization = "org-1"; o.Project = "proj-1"; });
        var request = new GptImage15.GenerateRequest("a red apple")
        {
            N = 2,
            Size = GptImage15.Size.W1536xH1024,
            Quality = GptImage15.Quality.High,
            OutputFormat = GptImage15.OutputFormat.Webp,
            OutputCompression = 80,
            Background = GptImage15.Background.Opaque,
            Moderation = GptImage15.Moderation.Low,
            User = "user-1",
            SafetyIdentifier = "sid-1",
        };

        ImageResult result = await client.GenerateAsync(request, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/v1/images/generations", sent.Path);
        Assert.Equal("application/json", sent.ContentType);
        Assert.Equal("Bearer " + TestKeys.ApiKey, sent.Header("Authorization"));
        Assert.Equal("org-1", sent.Header("OpenAI-Organization"));
        Assert.Equal("proj-1", sent.Header("OpenAI-Project"));
        Assert.StartsWith("ImageContracts/", sent.Header("User-Agent"));
        Assert.Equal("application/json", sent.Header("Accept"));
        Assert.Equal(
            "{\"model\":\"gpt-image-1.5\",\"prompt\":\"a red apple\",\"n\":2,\"quality\":\"high\",\"size\":\"1536x1024\",\"output_format\":\"webp\",\"output_compression\":80,\"background\":\"opaque\",\"moderation\":\"low\",\"user\":\"user-1\",\"safety_identifier\":\"sid-1\"}",
            sent.BodyText);
        Assert.Equal(JsonValueKind.Number, sent.Json.GetProperty("n").ValueKind);

        Assert.Equal(2, result.Images.Count);
        Assert.Equal(one, result.Images[0].Bytes.ToArray());
        Assert.Equal(two, result.Images[1].Bytes.ToArray());
        Assert.Equal("1024x1024", result.Size);
        Assert.Equal("high", result.Quality);
        Assert.Equal("opaque", result.Background);
        Assert.Equal("png", result.OutputFormat);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Payloads.Created), result.Created);
        Assert.Equal(4160, result.Usage!.OutputTokens);
        Assert.Equal(40, result.Usage.InputTextTokens);
        Assert.Equal(CostCalculator.FromUsage(GptImage15.Contract, result.Usage), result.CostUsd);
        Assert.True(result.CostUsd > 0m);
        Assert.Equal("req_test_200", result.RequestId);
        Assert.Equal("gpt-image-1.5", result.Model);
    });

    [Fact]
    public Task Multipart_edit_sends_image_array_mask_and_every_optional_field() => Limit.Run(async token =>
    {
        byte[] first = TestImages.Png(512, 512), second = TestImages.Png(256, 256, filler: 40), mask = TestImages.Png(512, 512, filler: 8);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(3, 500))));
        using var client = server.Client();
        var request = new GptImage15.EditRequest("put them in a gift basket", ImageFile.FromBytes(first, "body-lotion.png"), ImageFile.FromBytes(second, "soap.png"))
        {
            Mask = ImageFile.FromBytes(mask, "mask.png"),
            N = 1,
            Quality = GptImage15.Quality.Medium,
            Size = GptImage15.Size.W1024xH1024,
            Background = GptImage15.Background.Transparent,
            OutputFormat = GptImage15.OutputFormat.Png,
            InputFidelity = GptImage15.InputFidelity.High,
            User = "user-2",
            SafetyIdentifier = "sid-2",
        };

        await client.EditAsync(request, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/images/edits", sent.Path);
        Assert.StartsWith("multipart/form-data; boundary=", sent.ContentType);
        Assert.Equal(
            new[] { "model", "image[]", "image[]", "prompt", "mask", "n", "quality", "size", "background", "output_format", "input_fidelity", "user", "safety_identifier" },
            sent.Parts.Select(p => p.Name).ToArray());
        Assert.Equal("gpt-image-1.5", sent.Part("model").Text);
        FormPart[] images = sent.Parts.Where(p => p.Name == "image[]").ToArray();
        Assert.Equal(new[] { "body-lotion.png", "soap.png" }, images.Select(p => p.FileName));
        Assert.All(images, p => Assert.Equal("image/png", p.ContentType));
        Assert.Equal(first, images[0].Data);
        Assert.Equal(second, images[1].Data);
        Assert.Equal("mask.png", sent.Part("mask").FileName);
        Assert.Equal("image/png", sent.Part("mask").ContentType);
        Assert.Equal(mask, sent.Part("mask").Data);
        Assert.Equal("put them in a gift basket", sent.Part("prompt").Text);
        Assert.Null(sent.Part("prompt").FileName);
        Assert.Null(sent.Part("prompt").ContentType);
        Assert.Equal("1", sent.Part("n").Text);
        Assert.Equal("medium", sent.Part("quality").Text);
        Assert.Equal("1024x1024", sent.Part("size").Text);
        Assert.Equal("transparent", sent.Part("background").Text);
        Assert.Equal("png", sent.Part("output_format").Text);
        Assert.Equal("high", sent.Part("input_fidelity").Text);
        Assert.Contains("form-data; name=\"image[]\"; filename=\"soap.png\"", images[1].Disposition);
    });

    [Fact]
    public Task A_single_edit_image_is_sent_as_image_with_a_derived_file_name() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(3, 500))));
        using var client = server.Client();
        await client.EditAsync(new GptImage26Sunburst.EditRequest("a hat", ImageFile.FromBytes(TestImages.Png(64, 64))), token);

        FormPart image = Assert.Single(server.Requests).Part("image");
        Assert.Equal("image.png", image.FileName);
        Assert.Equal("image/png", image.ContentType);
    });

    [Fact]
    public Task Json_edit_sends_image_references_and_data_urls_without_escaping() => Limit.Run(async token =>
    {
        byte[] png = TestImages.Png(64, 64, filler: 300);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(4, 700))));
        using var client = server.Client();
        var request = new GptImage15.JsonEditRequest("make it night", ImageReference.FromFileId("file-abc"), ImageReference.FromDataUrl(png))
        {
            Quality = GptImage15.Quality.Low,
        };

        await client.EditAsync(request, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/images/edits", sent.Path);
        Assert.Equal("application/json", sent.ContentType);
        JsonElement json = sent.Json;
        Assert.Equal("gpt-image-1.5", json.GetProperty("model").GetString());
        JsonElement images = json.GetProperty("images");
        Assert.Equal("file-abc", images[0].GetProperty("file_id").GetString());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), images[1].GetProperty("image_url").GetString());
        Assert.Equal("low", json.GetProperty("quality").GetString());
        Assert.DoesNotContain("\\u002B", sent.BodyText);
    });

    // dall-e-2 and dall-e-3 are past their shutdown date in the spec (IMG0010 at compile time, a model_retired warning at
    // run time); their wire forms are still tested for accounts and servers that keep them.
    [Fact]
    public Task Variation_sends_multipart_and_reads_urls_with_their_expiry_and_the_exact_cost() => Limit.Run(async token =>
    {
        byte[] square = TestImages.Png(512, 512, alpha: false);
        const string body = "{\"created\":1713833628,\"data\":[{\"url\":\"https://images.example/a.png\"},{\"url\":\"https://images.example/b.png\"}]}";
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using var client = server.Client();
        var request = new DallE2.VariationRequest(ImageFile.FromBytes(square, "corgi.png"))
        {
            N = 2,
            Size = DallE2.Size.W512xH512,
            ResponseFormat = DallE2.ResponseFormat.Url,
            User = "u",
        };

        ImageResult result = await client.CreateVariationAsync(request, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/images/variations", sent.Path);
        Assert.Equal(new[] { "model", "image", "n", "size", "response_format", "user" }.OrderBy(x => x), sent.Parts.Select(p => p.Name).OrderBy(x => x));
        Assert.Equal("dall-e-2", sent.Part("model").Text);
        Assert.Equal("corgi.png", sent.Part("image").FileName);
        Assert.Equal(square, sent.Part("image").Data);
        Assert.Equal("2", sent.Part("n").Text);
        Assert.Equal("512x512", sent.Part("size").Text);
        Assert.Equal("url", sent.Part("response_format").Text);

        Assert.Equal(new Uri("https://images.example/b.png"), result.Images[1].Url);
        Assert.False(result.Images[0].HasBytes);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Payloads.Created).AddMinutes(60), result.Images[0].UrlExpiresAt);
        CostEstimate estimate = request.EstimateCost();
        Assert.True(estimate.IsExact);
        Assert.Equal(estimate.MinUsd, result.CostUsd);
        Assert.True(result.CostUsd > 0m);
        Assert.Null(result.Usage);
    });

    [Fact]
    public Task Dalle3_generation_reads_revised_prompt() => Limit.Run(async token =>
    {
        byte[] image = Payloads.Image(5, 1200);
        string body = "{\"created\":1713833628,\"data\":[{\"b64_json\":\"" + Payloads.B64(image) + "\",\"revised_prompt\":\"A photorealistic otter, detailed fur\"}]}";
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using var client = server.Client();
        var request = new DallE3.GenerateRequest("an otter")
        {
            Quality = DallE3.Quality.Hd,
            Size = DallE3.Size.W1792xH1024,
            Style = DallE3.Style.Natural,
            ResponseFormat = DallE3.ResponseFormat.B64Json,
        };

        ImageResult result = await client.GenerateAsync(request, token);

        Assert.Equal(
            "{\"model\":\"dall-e-3\",\"prompt\":\"an otter\",\"quality\":\"hd\",\"size\":\"1792x1024\",\"style\":\"natural\",\"response_format\":\"b64_json\"}",
            JsonSerializerCanonical(Assert.Single(server.Requests).Json));
        Assert.Equal("A photorealistic otter, detailed fur", result.Image.RevisedPrompt);
        Assert.Equal(image, result.Image.ToArray());
        Assert.Equal("png", result.Image.OutputFormat);
        Assert.Equal(request.EstimateCost().MinUsd, result.CostUsd);
    });


    [Fact]
    public Task Responses_request_carries_tool_options_inputs_and_multi_turn_links() => Limit.Run(async token =>
    {
        byte[] png = TestImages.Png(32, 32);
        byte[] final = Payloads.Image(6, 5000);
        string body = Payloads.ResponseJson("resp_2", "completed", Payloads.CallItem("ig_2", "completed", final) + "," + Payloads.MessageItem, previous: "resp_1");
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using var client = server.Client();
        var tool = new GptImage15.ImageGenerationTool
        {
            Quality = GptImage15.Quality.High,
            Size = GptImage15.Size.W1024xH1536,
            OutputFormat = GptImage15.OutputFormat.Jpeg,
            OutputCompression = 70,
            Background = GptImage15.Background.Opaque,
            Moderation = GptImage15.Moderation.Auto,
            InputFidelity = GptImage15.InputFidelity.High,
            InputImageMask = ImageReference.FromFileId("file-mask"),
        };
        var request = new ImageResponseRequest("gpt-4.1", tool)
        {
            PreviousResponseId = "resp_1",
            RequireImageGeneration = true,
            Instructions = "You draw.",
            Store = true,
        }
            .AddUserMessage("now make it blue", ImageReference.FromDataUrl(png), ImageReference.FromFileId("file-ref"))
            .AddImageGenerationCall("ig_1");

        ImageResponse response = await client.CreateResponseAsync(request, token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/responses", sent.Path);
        JsonElement json = sent.Json;
        Assert.Equal("gpt-4.1", json.GetProperty("model").GetString());
        Assert.Equal("resp_1", json.GetProperty("previous_response_id").GetString());
        Assert.Equal("You draw.", json.GetProperty("instructions").GetString());
        Assert.True(json.GetProperty("store").GetBoolean());
        Assert.Equal("image_generation", json.GetProperty("tool_choice").GetProperty("type").GetString());
        Assert.False(json.TryGetProperty("stream", out _));
        JsonElement message = json.GetProperty("input")[0];
        Assert.Equal("user", message.GetProperty("role").GetString());
        JsonElement content = message.GetProperty("content");
        Assert.Equal("{\"type\":\"input_text\",\"text\":\"now make it blue\"}", content[0].GetRawText());
        Assert.Equal("input_image", content[1].GetProperty("type").GetString());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), content[1].GetProperty("image_url").GetString());
        Assert.Equal("auto", content[1].GetProperty("detail").GetString());
        Assert.Equal("file-ref", content[2].GetProperty("file_id").GetString());
        Assert.Equal("{\"type\":\"image_generation_call\",\"id\":\"ig_1\"}", json.GetProperty("input")[1].GetRawText());
        Assert.Equal(
            "{\"type\":\"image_generation\",\"model\":\"gpt-image-1.5\",\"quality\":\"high\",\"size\":\"1024x1536\",\"output_format\":\"jpeg\",\"output_compression\":70,\"moderation\":\"auto\",\"background\":\"opaque\",\"input_fidelity\":\"high\",\"input_image_mask\":{\"file_id\":\"file-mask\"}}",
            json.GetProperty("tools")[0].GetRawText());

        Assert.Equal("resp_2", response.Id);
        Assert.Equal("completed", response.Status);
        Assert.Equal("resp_1", response.PreviousResponseId);
        ImageGenerationCall call = Assert.Single(response.ImageGenerationCalls);
        Assert.Equal("ig_2", call.Id);
        Assert.Equal("completed", call.Status);
        Assert.Equal(final, call.Result.ToArray());
        Assert.Equal("A gray tabby cat hugging an otter", call.RevisedPrompt);
        Assert.Equal("1024x1024", call.Size);
        Assert.Same(call, response.Image);
        Assert.Equal("Here is your image.", response.OutputText);
        Assert.Equal(50, response.Usage!.TotalTokens);
    });

    [Fact]
    public Task File_upload_sends_purpose_and_file_parts() => Limit.Run(async token =>
    {
        byte[] png = TestImages.Png(128, 128);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx,
            "{\"id\":\"file-xyz\",\"object\":\"file\",\"bytes\":" + png.Length + ",\"created_at\":1713833628,\"filename\":\"cat.png\",\"purpose\":\"vision\"}"));
        using var client = server.Client();

        UploadedFile file = await client.UploadFileAsync(ImageFile.FromBytes(png, "cat.png"), cancellationToken: token);

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("/v1/files", sent.Path);
        Assert.Equal(new[] { "purpose", "file" }, sent.Parts.Select(p => p.Name));
        Assert.Equal("vision", sent.Part("purpose").Text);
        Assert.Equal("cat.png", sent.Part("file").FileName);
        Assert.Equal("image/png", sent.Part("file").ContentType);
        Assert.Equal(png, sent.Part("file").Data);
        Assert.Equal("file-xyz", file.Id);
        Assert.Equal(png.Length, file.Bytes);
        Assert.Equal("vision", file.Purpose);
        Assert.Equal("file-xyz", file.ToReference().FileId);
    });

    [Fact]
    public Task A_custom_key_header_replaces_bearer_authorization() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 10))));
        using var client = server.Client(o => o.ApiKeyHeaderName = "api-key");
        await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x"), token);
        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal(TestKeys.ApiKey, sent.Header("api-key"));
        Assert.Null(sent.Header("Authorization"));
    });

    [Fact]
    public Task An_injected_HttpClient_base_address_is_used_and_not_disposed() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Payloads.Image(1, 10))));
        using var http = new HttpClient { BaseAddress = new Uri(server.Root, "custom/v1") };
        using (var client = new ImagesClient(http, new ImagesClientOptions { ApiKey = TestKeys.ApiKey }))
        {
            Assert.Equal(new Uri(server.Root, "custom/v1/"), client.BaseAddress);
            await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x"), token);
        }

        Assert.Equal("/custom/v1/images/generations", Assert.Single(server.Requests).Path);
        using var again = await http.GetAsync(new Uri(server.Root, "ping"), token); // still usable
    });

    [Fact]
    public void The_default_base_address_is_the_OpenAI_API()
    {
        using var client = new ImagesClient(new ImagesClientOptions { ApiKey = "k-123456" });
        Assert.Equal(new Uri("https://api.openai.com/v1/"), client.BaseAddress);
        Assert.True(client.HasApiKey);
    }

    private static string JsonSerializerCanonical(JsonElement element) => element.GetRawText();
}
