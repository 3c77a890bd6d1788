using System.Net;
using System.Text;
using ImageContracts.Http.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace ImageContracts.Http.Tests;

/// <summary>Faults end in the right result or exception, with the right number of attempts, and nothing hangs.</summary>
public class FaultTests
{
    private static readonly byte[] Image = Payloads.Image(7, 200_000);
    private static readonly string Ok = Payloads.ImagesResponse(Image);

    private static GptImage15.GenerateRequest Request => new("a red apple");

    [Fact]
    public Task An_absurd_Retry_After_fails_fast_with_the_servers_wait() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) =>
            Respond.Error(ctx, 429, "requests", "rate_limit_exceeded", "Rate limit reached.", headers: ("Retry-After", "414000")));
        using var client = server.Client();

        ImageApiException? ex = null;
        TimeSpan took = await Limit.Time(async () => ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token)));

        Assert.Single(server.Requests);
        Assert.True(took < TimeSpan.FromSeconds(5), "took " + took);
        Assert.Equal(ImageApiErrorKind.RateLimit, ex!.Kind);
        Assert.Equal(TimeSpan.FromSeconds(414000), ex.RetryAfter);
        Assert.Contains("115 h", ex.Message);
        Assert.Contains("MaxRetryAfter (60 s)", ex.Message);
    });

    [Fact]
    public Task The_Retry_After_cap_is_configurable() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 429, "requests", null, "wait", headers: ("retry-after-ms", "400"))
            : Respond.Json(ctx, Ok));
        using var client = server.Client(o => o.MaxRetryAfter = TimeSpan.FromMilliseconds(100));

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token));

        Assert.Single(server.Requests);
        Assert.Equal(TimeSpan.FromMilliseconds(400), ex.RetryAfter);
    });

    [Fact]
    public Task Server_errors_twice_then_success() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt < 2
            ? Respond.Error(ctx, 500, "server_error", null, "The server had an error.")
            : Respond.Json(ctx, Ok));
        using var client = server.Client();

        ImageResult result = await client.GenerateAsync(Request, token);

        Assert.Equal(3, server.Count);
        Assert.Equal(Image, result.Image.ToArray());
    });

    [Fact]
    public Task Server_errors_beyond_the_retry_count_give_up_with_the_attempt_count() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Error(ctx, 502, "server_error", null, "Bad gateway."));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(3, server.Count);
        Assert.Equal(3, ex.Attempts);
        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal(ImageApiErrorKind.ServerError, ex.Kind);
        Assert.Contains("gave up after 3 attempts", ex.Message);
    });

    [Fact]
    public Task A_400_is_never_retried_and_carries_every_error_field() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) =>
            Respond.Error(ctx, 400, "invalid_request_error", "invalid_value", "Invalid value: 'standard'. Supported values are: 'low', 'medium', 'high', and 'auto'.", "quality",
                headers: ("x-should-retry", "true")));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(1, server.Count);
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal(ImageApiErrorKind.InvalidRequest, ex.Kind);
        Assert.Equal("invalid_request_error", ex.ErrorType);
        Assert.Equal("invalid_value", ex.ErrorCode);
        Assert.Equal("quality", ex.Param);
        Assert.StartsWith("Invalid value: 'standard'.", ex.ApiMessage);
        Assert.Equal("req_test_400", ex.RequestId);
        Assert.Equal(1, ex.Attempts);
        Assert.False(ex.IsTransient);
        Assert.Equal("HTTP 400 InvalidRequest (type invalid_request_error, code invalid_value, param quality): " + ex.ApiMessage, ex.Message);
    });

    [Fact]
    public Task x_should_retry_false_stops_a_retry_and_true_allows_one() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, r) => ctx.Request.Path.Value!.Contains("generations")
            ? Respond.Error(ctx, 503, "server_error", null, "no", headers: ("x-should-retry", "false"))
            : r.Attempt == 1 ? Respond.Error(ctx, 403, "permission_error", null, "try again", headers: ("x-should-retry", "true"))
            : Respond.Json(ctx, "{\"id\":\"file-1\",\"object\":\"file\",\"bytes\":1,\"filename\":\"a.png\",\"purpose\":\"vision\"}"));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token));
        Assert.Equal(1, server.Count);
        Assert.Equal(ImageApiErrorKind.ServerError, ex.Kind);

        UploadedFile file = await client.UploadFileAsync(ImageFile.FromBytes(TestImages.Png(8, 8)), cancellationToken: token);
        Assert.Equal("file-1", file.Id);
        Assert.Equal(3, server.Count);
    });

    [Fact]
    public Task An_exhausted_quota_is_not_retried() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) =>
            Respond.Error(ctx, 429, "insufficient_quota", "insufficient_quota", "You exceeded your current quota."));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(1, server.Count);
        Assert.Equal(ImageApiErrorKind.QuotaExceeded, ex.Kind);
    });

    [Fact]
    public Task A_connection_reset_mid_body_is_retried() => Limit.Run(async token =>
    {
        byte[] body = Encoding.UTF8.GetBytes(Ok);
        await using var server = await TestServer.StartAsync(async (ctx, r) =>
        {
            if (r.Attempt == 0)
            {
                await ResetMidBody(ctx, body);
                return;
            }

            await Respond.Bytes(ctx, body);
        });
        using var client = server.Client();

        ImageResult result = await client.GenerateAsync(Request, token);

        Assert.Equal(2, server.Count);
        Assert.Equal(Image, result.Image.ToArray());
    });

    [Fact]
    public Task A_connection_reset_on_every_attempt_ends_in_a_connection_error() => Limit.Run(async token =>
    {
        byte[] body = Encoding.UTF8.GetBytes(Ok);
        await using var server = await TestServer.StartAsync((ctx, _) => ResetMidBody(ctx, body));
        using var client = server.Client(o => o.MaxRetries = 1);

        var ex = await Assert.ThrowsAsync<ImageConnectionException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(2, server.Count);
        Assert.Equal(2, ex.Attempts);
        Assert.False(ex.IsTimeout);
        Assert.Contains("2 attempts", ex.Message);
    });

    [Fact]
    public Task A_refused_connection_ends_in_a_connection_error_after_the_retries() => Limit.Run(async token =>
    {
        Uri closed;
        await using (var server = await TestServer.StartAsync((ctx, _) => Task.CompletedTask))
        {
            closed = server.BaseAddress;
        }

        using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = closed, ApiKey = TestKeys.ApiKey, RetryBaseDelay = TimeSpan.FromMilliseconds(5) });
        var ex = await Assert.ThrowsAsync<ImageConnectionException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(3, ex.Attempts);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    });

    [Fact]
    public Task Malformed_JSON_in_a_success_body_is_a_response_error_and_not_retried() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, "{\"created\":1,\"data\":[{\"b64_json\":\"AAAA\"}"));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageResponseException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(1, server.Count);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal("req_test_200", ex.RequestId);
        Assert.Contains("not a valid images response", ex.Message);
    });

    [Fact]
    public Task Invalid_base64_is_a_response_error() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, "{\"created\":1,\"data\":[{\"b64_json\":\"!!!notbase64\"}]}"));
        using var client = server.Client();

        await Assert.ThrowsAsync<ImageResponseException>(() => client.GenerateAsync(Request, token));
    });

    [Fact]
    public Task Escaped_base64_is_decoded_exactly() => Limit.Run(async token =>
    {
        string escaped = Ok.Replace("/", "\\/", StringComparison.Ordinal);
        Assert.NotEqual(Ok, escaped);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, escaped));
        using var client = server.Client();

        ImageResult result = await client.GenerateAsync(Request, token);

        Assert.Equal(Image, result.Image.ToArray());
    });

    [Fact]
    public Task An_error_body_that_is_not_JSON_is_described_not_parsed() => Limit.Run(async token =>
    {
        byte[] html = Encoding.UTF8.GetBytes("<html><body><h1>502 Bad Gateway</h1>\r\n</body></html>");
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Bytes(ctx, html, "text/html", 502));
        using var client = server.Client(o => o.MaxRetries = 0);

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(ImageApiErrorKind.ServerError, ex.Kind);
        Assert.Null(ex.ErrorCode);
        Assert.Contains("not an API error (text/html, " + html.Length + " bytes)", ex.Message);
        Assert.Contains("502 Bad Gateway", ex.ApiMessage);
    });

    [Fact]
    public Task An_empty_401_without_a_key_says_how_to_configure_one() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Bytes(ctx, Array.Empty<byte>(), "text/plain", 401));
        string? saved = Environment.GetEnvironmentVariable(ImagesClientOptions.ApiKeyEnvironmentVariable);
        if (saved is not null)
        {
            return; // the environment supplies a key; the no-key path cannot be exercised here
        }

        using var client = server.Client(o => o.ApiKey = null);
        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(Request, token));

        Assert.Equal(ImageApiErrorKind.Authentication, ex.Kind);
        Assert.Contains("No API key was configured", ex.Message);
        Assert.Null(Assert.Single(server.Requests).Header("Authorization"));
    });

    [Fact]
    public Task A_slow_server_is_cancelled_by_the_callers_token() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted));
        using var client = server.Client();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);
        cancel.CancelAfter(200);

        TimeSpan took = await Limit.Time(() => Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GenerateAsync(Request, cancel.Token)));

        Assert.True(took < TimeSpan.FromSeconds(5), "took " + took);
        Assert.Equal(1, server.Count);
    });

    [Fact]
    public Task A_server_slower_than_the_timeout_times_out_on_every_attempt() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted));
        using var client = server.Client(o => { o.Timeout = TimeSpan.FromMilliseconds(300); o.MaxRetries = 1; });

        var ex = await Assert.ThrowsAsync<ImageConnectionException>(() => client.GenerateAsync(Request, token));

        Assert.True(ex.IsTimeout);
        Assert.Equal(2, ex.Attempts);
        Assert.Equal(2, server.Count);
        Assert.Contains("timed out", ex.Message);
    });

    [Fact]
    public Task An_SSE_stream_cut_mid_event_is_an_error_and_is_not_retried() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", new[] { Payloads.Image(1, 50_000) }, Payloads.Image(2, 80_000));
        int cut = stream.Length - 1000; // inside the completed event's data line
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream, chunk: 4096, stopAfter: cut));
        using var client = server.Client();

        var seen = new List<ImageStreamEvent>();
        var ex = await Assert.ThrowsAsync<ImageResponseException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Request with { Stream = true, PartialImages = 1 }, token))
            {
                seen.Add(item);
            }
        });

        Assert.Single(seen);
        Assert.Equal(1, server.Count);
        Assert.Contains("ended in the middle of an event", ex.Message);
        Assert.Equal("req_stream", ex.RequestId);
    });

    [Fact]
    public Task A_stream_cut_after_a_complete_line_but_before_the_blank_line_is_an_error() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ResponsesStream(new[] { Payloads.Image(1, 1000) }, Payloads.Image(2, 2000));
        int cut = stream.Length - 1; // drop the final blank line of response.completed
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream, stopAfter: cut));
        using var client = server.Client();

        var kinds = new List<ResponseStreamEventKind>();
        var ex = await Assert.ThrowsAsync<ImageResponseException>(async () =>
        {
            await foreach (ResponseStreamEvent item in client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-4.1", new GptImage15.ImageGenerationTool(), "x"), token))
            {
                kinds.Add(item.Kind);
            }
        });

        Assert.Equal(ResponseStreamEventKind.OutputItemDone, kinds[^1]);
        Assert.Contains("middle of an event", ex.Message);
    });

    [Fact]
    public Task A_stream_that_ends_cleanly_without_its_final_event_is_an_error() => Limit.Run(async token =>
    {
        byte[] stream = Encoding.UTF8.GetBytes(Payloads.Event("image_generation.partial_image",
            "{\"type\":\"image_generation.partial_image\",\"b64_json\":\"AAAA\",\"partial_image_index\":0}") + ": keep-alive comment");
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageResponseException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Request with { Stream = true }, token))
            {
            }
        });

        Assert.Contains("without a completed event", ex.Message);
    });

    [Fact]
    public Task A_connection_aborted_mid_stream_is_a_connection_error_and_is_not_retried() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ResponsesStream(new[] { Payloads.Image(1, 100_000), Payloads.Image(2, 100_000) }, Payloads.Image(3, 300_000));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream, chunk: 8192, stopAfter: stream.Length / 2, abort: true));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageConnectionException>(async () =>
        {
            await foreach (ResponseStreamEvent item in client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-4.1", new GptImage15.ImageGenerationTool(), "x"), token))
            {
            }
        });

        Assert.Equal(1, server.Count);
        Assert.False(ex.IsTimeout);
        Assert.Contains("not retried", ex.Message);
    });

    [Fact]
    public Task Malformed_JSON_in_a_stream_event_is_a_response_error() => Limit.Run(async token =>
    {
        byte[] stream = Encoding.UTF8.GetBytes(Payloads.Event("image_generation.partial_image", "{\"type\":\"image_generation.partial_image\",\"b64_json\":"));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();

        var ex = await Assert.ThrowsAsync<ImageResponseException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Request with { Stream = true }, token))
            {
            }
        });

        Assert.Contains("not valid JSON", ex.Message);
    });

    [Fact]
    public Task A_stalled_stream_times_out_without_a_retry() => Limit.Run(async token =>
    {
        byte[] first = Encoding.UTF8.GetBytes(Payloads.Event("image_generation.partial_image",
            "{\"type\":\"image_generation.partial_image\",\"b64_json\":\"AAAA\",\"partial_image_index\":0}"));
        await using var server = await TestServer.StartAsync(async (ctx, _) =>
        {
            await Respond.Sse(ctx, first);
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        });
        using var client = server.Client(o => o.Timeout = TimeSpan.FromMilliseconds(500));

        int seen = 0;
        var ex = await Assert.ThrowsAsync<ImageConnectionException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Request with { Stream = true }, token))
            {
                seen++;
            }
        });

        Assert.Equal(1, seen);
        Assert.True(ex.IsTimeout);
        Assert.Equal(1, server.Count);
    });

    [Fact]
    public Task Cancelling_mid_stream_throws_OperationCanceledException() => Limit.Run(async token =>
    {
        byte[] first = Encoding.UTF8.GetBytes(Payloads.Event("image_generation.partial_image",
            "{\"type\":\"image_generation.partial_image\",\"b64_json\":\"AAAA\",\"partial_image_index\":0}"));
        await using var server = await TestServer.StartAsync(async (ctx, _) =>
        {
            await Respond.Sse(ctx, first);
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        });
        using var client = server.Client();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Request with { Stream = true }, cancel.Token))
            {
                cancel.CancelAfter(100);
            }
        });
    });

    [Fact]
    public Task A_stream_request_that_fails_before_any_event_is_retried() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", Array.Empty<byte[]>(), Image);
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 500, "server_error", null, "oops")
            : Respond.Sse(ctx, stream));
        using var client = server.Client();

        var events = new List<ImageStreamEvent>();
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Request with { Stream = true }, token))
        {
            events.Add(item);
        }

        Assert.Equal(2, server.Count);
        Assert.Equal(Image, Assert.Single(events).Image.ToArray());
    });

    private static async Task ResetMidBody(HttpContext context, byte[] body)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
        await context.Response.Body.FlushAsync();
        context.Abort();
    }
}
