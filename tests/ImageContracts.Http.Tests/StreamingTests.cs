using System.Runtime.InteropServices;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>Image API streams and Responses API streams end to end, partial images saved and checked.</summary>
public class StreamingTests
{
    private static readonly byte[][] Partials = { Payloads.Image(100, 96 * 1024), Payloads.Image(101, 128 * 1024) };
    private static readonly byte[] Final = Payloads.Image(200, 1024 * 1024 + 7);

    [Fact]
    public Task Generation_stream_yields_partials_then_the_completed_image_with_usage_and_cost() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", Partials, Final);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream, chunk: 10_007));
        using var client = server.Client();
        var request = new GptImage26Sunburst.GenerateRequest("a lighthouse at dusk") { Stream = true, PartialImages = 2, Quality = GptImage26Sunburst.Quality.High };
        string folder = Directory.CreateTempSubdirectory("ic-partials-").FullName;
        try
        {
            var events = new List<ImageStreamEvent>();
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(request, token))
            {
                events.Add(item);
                if (item.IsPartial)
                {
                    await item.ToGeneratedImage().SaveAsync(Path.Combine(folder, "partial-" + item.PartialImageIndex + ".png"), token);
                }
            }

            RecordedRequest sent = Assert.Single(server.Requests);
            Assert.Equal("{\"model\":\"gpt-image-2.6-sunburst\",\"prompt\":\"a lighthouse at dusk\",\"quality\":\"high\",\"stream\":true,\"partial_images\":2}", sent.BodyText);
            Assert.Equal("text/event-stream", sent.Header("Accept"));

            Assert.Equal(new[] { ImageStreamEventKind.PartialImage, ImageStreamEventKind.PartialImage, ImageStreamEventKind.Completed }, events.Select(e => e.Kind));
            Assert.Equal(new int?[] { 0, 1, null }, events.Select(e => e.PartialImageIndex));
            Assert.Equal(Partials[0], File.ReadAllBytes(Path.Combine(folder, "partial-0.png")));
            Assert.Equal(Partials[1], File.ReadAllBytes(Path.Combine(folder, "partial-1.png")));
            ImageStreamEvent completed = events[^1];
            Assert.Equal("image_generation.completed", completed.Type);
            Assert.Equal(Final, completed.Image.ToArray());
            Assert.Equal("1024x1024", completed.Size);
            Assert.Equal("png", completed.OutputFormat);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Payloads.Created), completed.CreatedAt);
            Assert.Equal(4160, completed.Usage!.OutputTokens);
            Assert.Equal(CostCalculator.FromUsage(GptImage26Sunburst.Contract, completed.Usage), completed.CostUsd);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    [Fact]
    public Task Multipart_edit_stream_sends_stream_true_and_reads_edit_events() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_edit", Partials.Take(1).ToArray(), Final, newline: "\r\n");
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream, chunk: 333));
        using var client = server.Client();
        var request = new GptImage26Sunburst.EditRequest("add snow", ImageFile.FromBytes(TestImages.Png(64, 64))) { Stream = true, PartialImages = 1 };

        var events = new List<ImageStreamEvent>();
        await foreach (ImageStreamEvent item in client.EditStreamingAsync(request, token))
        {
            events.Add(item);
        }

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("true", sent.Part("stream").Text);
        Assert.Equal("1", sent.Part("partial_images").Text);
        Assert.Equal(new[] { "image_edit.partial_image", "image_edit.completed" }, events.Select(e => e.Type));
        Assert.Equal(Partials[0], events[0].Image.ToArray());
        Assert.Equal(Final, events[1].Image.ToArray());
    });

    [Fact]
    public Task Json_edit_stream_appends_stream_true_to_the_body() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_edit", Array.Empty<byte[]>(), Final, newline: "\r");
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();
        var request = new GptImage26Sunburst.JsonEditRequest("add snow", ImageReference.FromFileId("file-1"));

        var events = new List<ImageStreamEvent>();
        await foreach (ImageStreamEvent item in client.EditStreamingAsync(request, token))
        {
            events.Add(item);
        }

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.True(sent.Json.GetProperty("stream").GetBoolean());
        Assert.Equal("file-1", sent.Json.GetProperty("images")[0].GetProperty("file_id").GetString());
        Assert.Equal(Final, Assert.Single(events).Image.ToArray());
    });

    [Fact]
    public Task A_request_with_stream_true_through_GenerateAsync_returns_the_completed_image() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", Partials, Final);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();

        ImageResult result = await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x") { Stream = true, PartialImages = 2 }, token);

        Assert.Equal(Final, result.Image.ToArray());
        Assert.Equal(4160, result.Usage!.OutputTokens);
        Assert.Equal("req_stream", result.RequestId);
    });

    [Fact]
    public Task A_server_that_ignores_stream_is_reported_as_completed_events() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Final)));
        using var client = server.Client();

        var events = new List<ImageStreamEvent>();
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage26Sunburst.GenerateRequest("x"), token))
        {
            events.Add(item);
        }

        ImageStreamEvent only = Assert.Single(events);
        Assert.True(only.IsCompleted);
        Assert.Equal(Final, only.Image.ToArray());
    });

    [Fact]
    public Task Responses_stream_yields_every_event_and_decodes_the_final_image_once() => Limit.Run(async token =>
    {
        byte[][] partials = { Payloads.Image(100, 300_000), Payloads.Image(101, 300_000), Payloads.Image(102, 300_000) };
        byte[] stream = Payloads.ResponsesStream(partials, Final, "ig_77");
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream, chunk: 65_521));
        using var client = server.Client();
        var request = new ImageResponseRequest("gpt-5", new GptImage26Sunburst.ImageGenerationTool { PartialImages = 3 }, "Draw a gray tabby cat hugging an otter");

        var events = new List<ResponseStreamEvent>();
        await foreach (ResponseStreamEvent item in client.CreateResponseStreamingAsync(request, token))
        {
            events.Add(item);
        }

        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.True(sent.Json.GetProperty("stream").GetBoolean());
        Assert.Equal(3, sent.Json.GetProperty("tools")[0].GetProperty("partial_images").GetInt32());
        Assert.Equal("text/event-stream", sent.Header("Accept"));

        Assert.Equal(
            new[]
            {
                ResponseStreamEventKind.ResponseCreated, ResponseStreamEventKind.ResponseInProgress, ResponseStreamEventKind.OutputItemAdded,
                ResponseStreamEventKind.ImageGenerationInProgress, ResponseStreamEventKind.ImageGenerationGenerating,
                ResponseStreamEventKind.ImageGenerationPartialImage, ResponseStreamEventKind.ImageGenerationPartialImage, ResponseStreamEventKind.ImageGenerationPartialImage,
                ResponseStreamEventKind.ImageGenerationCompleted, ResponseStreamEventKind.OutputItemDone, ResponseStreamEventKind.ResponseCompleted,
            },
            events.Select(e => e.Kind));
        Assert.Equal(Enumerable.Range(0, 11).Select(i => (int?)i), events.Select(e => e.SequenceNumber));
        ResponseStreamEvent[] partialEvents = events.Where(e => e.Kind == ResponseStreamEventKind.ImageGenerationPartialImage).ToArray();
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(i, partialEvents[i].PartialImageIndex);
            Assert.Equal("ig_77", partialEvents[i].ItemId);
            Assert.Equal(partials[i], partialEvents[i].PartialImage.ToArray());
        }

        ImageGenerationCall done = events.Single(e => e.Kind == ResponseStreamEventKind.OutputItemDone).Item!;
        Assert.Equal("ig_77", done.Id);
        Assert.Equal(Final, done.Result.ToArray());
        Assert.Equal("A gray tabby cat hugging an otter", done.RevisedPrompt);
        ImageResponse completed = events[^1].Response!;
        Assert.Equal("completed", completed.Status);
        ImageGenerationCall repeated = completed.Image!;
        Assert.Equal(Final, repeated.Result.ToArray());
        Assert.True(MemoryMarshal.TryGetArray(done.Result, out ArraySegment<byte> first));
        Assert.True(MemoryMarshal.TryGetArray(repeated.Result, out ArraySegment<byte> second));
        Assert.Same(first.Array, second.Array); // not decoded a second time
        ImageGenerationCall added = events.Single(e => e.Kind == ResponseStreamEventKind.OutputItemAdded).Item!;
        Assert.Equal("in_progress", added.Status);
        Assert.False(added.HasResult);
    });

    [Fact]
    public Task Responses_items_are_read_whatever_the_property_order() => Limit.Run(async token =>
    {
        string body = Payloads.ResponseJson("resp_9", "completed", Payloads.CallItem("ig_9", "completed", Final, resultFirst: true));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using var client = server.Client();

        ImageResponse response = await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", new GptImage26Sunburst.ImageGenerationTool(), "x"), token);

        Assert.Equal("ig_9", response.Image!.Id);
        Assert.Equal(Final, response.Image.Result.ToArray());
    });

    [Fact]
    public Task Multi_turn_by_previous_response_id_and_by_image_call_id() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, recorded) => Respond.Json(ctx,
            Payloads.ResponseJson("resp_" + (recorded.Attempt + 1), "completed", Payloads.CallItem("ig_" + (recorded.Attempt + 1), "completed", Payloads.Image(recorded.Attempt, 4000)))));
        using var client = server.Client();
        var tool = new GptImage26Sunburst.ImageGenerationTool { Action = GptImage26Sunburst.Action.Edit };

        ImageResponse first = await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", tool with { Action = GptImage26Sunburst.Action.Generate }, "a cat"), token);
        ImageResponse second = await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", tool, "make it realistic") { PreviousResponseId = first.Id }, token);
        ImageResponse third = await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", tool).Add(second.Image!.ToInputItem()).AddUserMessage("now in winter"), token);

        RecordedRequest[] sent = server.Requests.ToArray();
        Assert.Equal("generate", sent[0].Json.GetProperty("tools")[0].GetProperty("action").GetString());
        Assert.Equal("resp_1", sent[1].Json.GetProperty("previous_response_id").GetString());
        Assert.Equal("edit", sent[1].Json.GetProperty("tools")[0].GetProperty("action").GetString());
        Assert.Equal("{\"type\":\"image_generation_call\",\"id\":\"ig_2\"}", sent[2].Json.GetProperty("input")[0].GetRawText());
        Assert.Equal("now in winter", sent[2].Json.GetProperty("input")[1].GetProperty("content")[0].GetProperty("text").GetString());
        Assert.Equal("ig_3", third.Image!.Id);
    });

    [Fact]
    public Task A_failed_response_throws_a_typed_error() => Limit.Run(async token =>
    {
        string body = "{\"id\":\"resp_f\",\"object\":\"response\",\"status\":\"failed\",\"output\":[],\"error\":{\"code\":\"server_error\",\"message\":\"The image tool failed.\"}}";
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", new GptImage26Sunburst.ImageGenerationTool(), "x"), token));

        Assert.Equal("server_error", ex.ErrorCode);
        Assert.Equal(ImageApiErrorKind.ServerError, ex.Kind);
        Assert.Contains("The image tool failed.", ex.Message);
        Assert.Single(server.Requests);
    });

    [Fact]
    public Task An_error_event_in_a_Responses_stream_throws_with_its_code() => Limit.Run(async token =>
    {
        byte[] stream = System.Text.Encoding.UTF8.GetBytes(
            Payloads.Event("response.created", "{\"type\":\"response.created\",\"sequence_number\":0,\"response\":" + Payloads.ResponseJson("resp_1", "in_progress", "") + "}")
            + Payloads.Event("error", "{\"type\":\"error\",\"code\":\"rate_limit_exceeded\",\"message\":\"Slow down.\",\"param\":null,\"sequence_number\":1}"));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();

        var seen = new List<ResponseStreamEvent>();
        var ex = await Assert.ThrowsAsync<ImageApiException>(async () =>
        {
            await foreach (ResponseStreamEvent item in client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-4.1", new GptImage26Sunburst.ImageGenerationTool(), "x"), token))
            {
                seen.Add(item);
            }
        });

        Assert.Single(seen);
        Assert.Equal("rate_limit_exceeded", ex.ErrorCode);
        Assert.Equal(ImageApiErrorKind.RateLimit, ex.Kind);
        Assert.Equal("req_stream", ex.RequestId);
        Assert.Single(server.Requests);
    });

    [Fact]
    public Task A_moderation_error_event_in_an_image_stream_carries_the_moderation_details() => Limit.Run(async token =>
    {
        byte[] stream = System.Text.Encoding.UTF8.GetBytes(Payloads.Event("error",
            "{\"type\":\"error\",\"error\":{\"type\":\"image_generation_user_error\",\"code\":\"moderation_blocked\",\"message\":\"Your request was rejected by the safety system.\",\"param\":null,\"moderation_details\":{\"moderation_stage\":\"output\",\"categories\":[\"violence\"]}}}"));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageApiException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage26Sunburst.GenerateRequest("x"), token))
            {
            }
        });

        Assert.Equal(ImageApiErrorKind.ContentPolicy, ex.Kind);
        Assert.Equal("moderation_blocked", ex.ErrorCode);
        Assert.Equal("output", ex.Moderation!.Stage);
        Assert.Equal(new[] { "violence" }, ex.Moderation.Categories);
    });
}
