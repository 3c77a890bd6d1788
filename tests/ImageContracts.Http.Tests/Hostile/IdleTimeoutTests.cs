using System.IO.Pipelines;
using System.Text;
using ImageContracts.Http.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ImageContracts.Http.Tests.Hostile;

/// <summary>An idle timeout separate from the per-attempt timeout: a server that drips bytes or sends only comments,
/// slower than <see cref="ImagesClientOptions.IdleTimeout"/>, fails the call with an idle <see cref="ImageConnectionException"/>
/// long before <see cref="ImagesClientOptions.Timeout"/> (a minute here, longer than each test's deadline).</summary>
public class IdleTimeoutTests
{
    private const int DeadlineSeconds = 15;

    private static void Idle(ImagesClientOptions options)
    {
        options.IdleTimeout = TimeSpan.FromMilliseconds(300);
        options.Timeout = TimeSpan.FromMinutes(1);
    }

    /// <summary>Sends the headers and <paramref name="first"/>, then one byte of <paramref name="drip"/> every 2 s.</summary>
    private static async Task Drip(HttpContext ctx, string contentType, long? contentLength, byte[] first, byte[] drip)
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength = contentLength;
        try
        {
            await ctx.Response.Body.WriteAsync(first, ctx.RequestAborted);
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            for (int i = 0; !ctx.RequestAborted.IsCancellationRequested; i = (i + 1) % drip.Length)
            {
                await Task.Delay(2000, ctx.RequestAborted);
                await ctx.Response.Body.WriteAsync(drip.AsMemory(i, 1), ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
        }
    }

    [Fact]
    public Task A_drip_fed_stream_fails_with_an_idle_timeout() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Drip(ctx, "text/event-stream", null, "event: image_generation.completed\ndata: {"u8.ToArray(), "\"type\":1"u8.ToArray()));
        using var client = server.Client(Idle);

        var ex = await Assert.ThrowsAsync<ImageConnectionException>(async () =>
        {
            await foreach (ImageStreamEvent _ in client.GenerateStreamingAsync(new GptImage2.GenerateRequest("x"), token))
            {
            }
        });

        Assert.True(ex.IsTimeout);
        Assert.Contains("IdleTimeout", ex.Message);
        Assert.Contains("300 ms", ex.Message);
        Assert.False(token.IsCancellationRequested);
    }, DeadlineSeconds);

    [Fact]
    public Task A_comment_only_stream_fails_with_an_idle_timeout() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Drip(ctx, "text/event-stream", null, ": keep-alive\n\n"u8.ToArray(), ": ping\n\n"u8.ToArray()));
        using var client = server.Client(Idle);

        var ex = await Assert.ThrowsAsync<ImageConnectionException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("x") { Stream = true }, token));

        Assert.True(ex.IsTimeout);
        Assert.Contains("IdleTimeout", ex.Message);
    }, DeadlineSeconds);

    [Fact]
    public Task A_drip_fed_JSON_body_times_out_per_attempt_and_is_retried() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Drip(ctx, "application/json", 10_000, "{\"created\":1,"u8.ToArray(), "          "u8.ToArray()));
        using var client = server.Client(o =>
        {
            Idle(o);
            o.MaxRetries = 1;
        });

        var ex = await Assert.ThrowsAsync<ImageConnectionException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("x"), token));

        Assert.True(ex.IsTimeout);
        Assert.Equal(2, ex.Attempts);
        Assert.Equal(2, server.Count);
        Assert.Contains("no byte arrived for 300 ms (IdleTimeout)", ex.Message);
    }, DeadlineSeconds);

    [Fact]
    public Task The_idle_timer_runs_on_the_options_clock() => Limit.Run(async token =>
    {
        var clock = new RecordingTimeProvider();
        var pipe = new Pipe();
        using var body = new IdleTimeoutStream(pipe.Reader.AsStream(), TimeSpan.FromSeconds(30), clock);

        await pipe.Writer.WriteAsync("abc"u8.ToArray(), token);
        Assert.Equal(3, await body.ReadAsync(new byte[10], token));
        Task<int> silent = body.ReadAsync(new byte[10], token).AsTask();
        clock.Fake.Advance(TimeSpan.FromSeconds(29));
        Assert.False(silent.IsCompleted);
        clock.Fake.Advance(TimeSpan.FromSeconds(1));

        var ex = await Assert.ThrowsAsync<IdleTimeoutException>(() => silent);
        Assert.Equal(TimeSpan.FromSeconds(30), ex.Idle);
    });

    [Fact]
    public void The_binder_reads_IdleTimeout_and_MaxResponseBytes()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["IdleTimeout"] = "00:00:12",
            ["MaxResponseBytes"] = "5000000",
        }).Build();
        var options = new ImagesClientOptions();

        ImagesClientOptionsBinder.Bind(configuration, options);

        Assert.Equal(TimeSpan.FromSeconds(12), options.IdleTimeout);
        Assert.Equal(5_000_000, options.MaxResponseBytes);
    }

    [Fact]
    public void Defaults_are_documented_values()
    {
        var options = new ImagesClientOptions();
        Assert.Equal(TimeSpan.FromSeconds(30), options.IdleTimeout);
        Assert.Equal(1L << 30, options.MaxResponseBytes);
        Assert.Same(TimeProvider.System, options.TimeProvider);
    }
}
