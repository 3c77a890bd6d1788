using System.Text;
using ImageContracts.Http.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Http.Tests.Hostile;

/// <summary>Streams end when the last expected completed event arrived: a server (or proxy) holding the connection open
/// with keep-alive comments neither times the call out nor loses the image, the connection is released at once, and
/// completed events beyond <c>n</c> are never read, let alone accumulated.</summary>
public class StreamEndTests
{
    private static readonly byte[] Final = Payloads.Image(200, 50_000);

    /// <summary>Sends <paramref name="body"/>, then keep-alive comments every 50 ms until the client goes away; completes
    /// <paramref name="released"/> when it does.</summary>
    private static async Task SendThenHoldOpen(HttpContext ctx, byte[] body, TaskCompletionSource released)
    {
        ctx.RequestAborted.Register(() => released.TrySetResult());
        await Respond.Sse(ctx, body);
        try
        {
            while (!ctx.RequestAborted.IsCancellationRequested)
            {
                await ctx.Response.Body.WriteAsync(": keep-alive\n\n"u8.ToArray(), ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(50, ctx.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
        }
    }

    /// <summary>A per-attempt timeout short enough that waiting for the server to close would fail the call.</summary>
    private static void ShortTimeout(ImagesClientOptions options) => options.Timeout = TimeSpan.FromSeconds(4);

    [Fact]
    public Task GenerateAsync_with_stream_returns_the_completed_image_of_a_held_open_stream() => Limit.Run(async token =>
    {
        var released = new TaskCompletionSource();
        byte[] body = Payloads.ImageStream("image_generation", new[] { Payloads.Image(1, 1000) }, Final);
        await using var server = await TestServer.StartAsync((ctx, _) => SendThenHoldOpen(ctx, body, released));
        using var client = server.Client(ShortTimeout);

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("x") { Stream = true }, token);

        Assert.Equal(Final, Assert.Single(result.Images).Bytes.ToArray());
        await released.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
    });

    [Fact]
    public Task A_held_open_image_stream_ends_after_its_completed_event() => Limit.Run(async token =>
    {
        var released = new TaskCompletionSource();
        byte[] body = Payloads.ImageStream("image_generation", new[] { Payloads.Image(1, 1000) }, Final);
        await using var server = await TestServer.StartAsync((ctx, _) => SendThenHoldOpen(ctx, body, released));
        using var client = server.Client(ShortTimeout);

        var kinds = new List<ImageStreamEventKind>();
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage2.GenerateRequest("x") { Stream = true, PartialImages = 1 }, token))
        {
            kinds.Add(item.Kind);
        }

        Assert.Equal(new[] { ImageStreamEventKind.PartialImage, ImageStreamEventKind.Completed }, kinds);
        await released.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
    });

    [Fact]
    public Task A_held_open_Responses_stream_ends_after_response_completed() => Limit.Run(async token =>
    {
        var released = new TaskCompletionSource();
        byte[] body = Payloads.ResponsesStream(Array.Empty<byte[]>(), Final, "ig_9");
        await using var server = await TestServer.StartAsync((ctx, _) => SendThenHoldOpen(ctx, body, released));
        using var client = server.Client(ShortTimeout);

        ResponseStreamEvent? last = null;
        await foreach (ResponseStreamEvent item in client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-4.1", new GptImage2.ImageGenerationTool(), "x"), token))
        {
            last = item;
        }

        Assert.Equal(ResponseStreamEventKind.ResponseCompleted, last!.Kind);
        await released.Task.WaitAsync(TimeSpan.FromSeconds(10), token);
    });

    private static byte[] CompletedEvents(int count)
    {
        string one = Payloads.Event("image_generation.completed",
            "{\"type\":\"image_generation.completed\",\"b64_json\":\"" + Payloads.B64(Payloads.Image(5, 3000)) + "\",\"created_at\":" + Payloads.Created + ",\"usage\":" + Payloads.Usage + "}");
        return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(one, count)));
    }

    [Fact]
    public Task Two_thousand_completed_events_give_one_image_for_n_1() => Limit.Run(async token =>
    {
        byte[] body = CompletedEvents(2000);
        await using var server = await TestServer.StartAsync((ctx, _) => SendIgnoringDisconnect(ctx, body));
        using var client = server.Client();

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("x") { Stream = true }, token);
        int streamed = 0;
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage2.GenerateRequest("x"), token))
        {
            streamed += item.IsCompleted ? 1 : 0;
        }

        Assert.Single(result.Images);
        Assert.Equal(1, streamed);
    });

    [Fact]
    public Task Completed_events_beyond_n_are_ignored() => Limit.Run(async token =>
    {
        byte[] body = CompletedEvents(7);
        await using var server = await TestServer.StartAsync((ctx, _) => SendIgnoringDisconnect(ctx, body));
        using var client = server.Client(o => o.ValidateRequests = false);

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("x") { Stream = true, N = 3 }, token);

        Assert.Equal(3, result.Images.Count);
    });

    private static async Task SendIgnoringDisconnect(HttpContext ctx, byte[] body)
    {
        try
        {
            await Respond.Sse(ctx, body, chunk: 16 * 1024);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client stops reading after the images it asked for.
        }
    }
}
