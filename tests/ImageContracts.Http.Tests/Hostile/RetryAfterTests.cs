using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests.Hostile;

/// <summary><c>Retry-After</c> and <c>retry-after-ms</c> of any size or format: a wait above <see cref="ImagesClientOptions.MaxRetryAfter"/>
/// (however it is written, even beyond what a TimeSpan holds) fails fast with the server's wait in the message; negative
/// and unreadable values are ignored (the client backs off). Waits run on the options' clock.</summary>
public class RetryAfterTests
{
    private static readonly string Ok = Payloads.ImagesResponse(Payloads.Image(7, 500));

    public static TheoryData<string, string> TooLong => new()
    {
        { "Retry-After", "1e300" },
        { "Retry-After", "99999999999999999999999" },
        { "Retry-After", "922337203685.4775807" },
        { "Retry-After", "Infinity" },
        { "retry-after-ms", "1e300" },
        { "retry-after-ms", "18446744073709551616" },
        { "Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT" },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public Task A_wait_beyond_MaxRetryAfter_fails_fast_however_it_is_written(string header, string value) => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Error(ctx, 429, "requests", "rate_limit_exceeded", "Rate limit reached.", headers: (header, value)));
        using var client = server.Client(o => o.TimeProvider = new RecordingTimeProvider());

        var ex = await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("x"), token));

        Assert.Equal(1, server.Count);
        Assert.Equal(ImageApiErrorKind.RateLimit, ex.Kind);
        Assert.Contains("(" + header + ": " + value + ")", ex.Message);
        Assert.Contains("MaxRetryAfter (60 s)", ex.Message);
        Assert.True(ex.RetryAfter > TimeSpan.FromDays(365), "RetryAfter " + ex.RetryAfter);
    });

    [Theory]
    [InlineData("Retry-After", "-5")]
    [InlineData("Retry-After", "-1e300")]
    [InlineData("Retry-After", "NaN")]
    [InlineData("Retry-After", "soon, please")]
    [InlineData("retry-after-ms", "-1")]
    public Task A_negative_or_unreadable_wait_is_ignored_and_the_client_backs_off(string header, string value) => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 429, "requests", null, "slow", headers: (header, value))
            : Respond.Json(ctx, Ok));
        using var client = server.Client();

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("x"), token);

        Assert.Single(result.Images);
        Assert.Equal(2, server.Count);
    });

    /// <summary>A client on a fake clock that only this test advances (no idle timer: the only timer is the retry delay).</summary>
    private static ImagesClient FakeClockClient(TestServer server, RecordingTimeProvider clock, Action<ImagesClientOptions>? configure = null) =>
        server.Client(o =>
        {
            o.TimeProvider = clock;
            o.IdleTimeout = Timeout.InfiniteTimeSpan;
            configure?.Invoke(o);
        });

    /// <summary>Starts the call, waits for its retry delay, checks it, advances the clock by exactly that, and finishes.</summary>
    private static async Task<TimeSpan> RetryOnce(TestServer server, RecordingTimeProvider clock, ImagesClient client, CancellationToken token)
    {
        Task<ImageResult> call = client.GenerateAsync(new GptImage2.GenerateRequest("x"), token);
        TimeSpan due = await clock.NextTimerAsync(token);
        Assert.Equal(1, server.Count);
        Assert.False(call.IsCompleted);
        clock.Fake.Advance(due);
        await call;
        Assert.Equal(2, server.Count);
        return due;
    }

    [Fact]
    public Task Retry_After_as_an_HTTP_date_counts_from_the_options_clock() => Limit.Run(async token =>
    {
        var clock = new RecordingTimeProvider();
        string date = clock.GetUtcNow().AddSeconds(2).ToString("R");
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 503, "server_error", null, "Busy.", headers: ("Retry-After", date))
            : Respond.Json(ctx, Ok));
        using var client = FakeClockClient(server, clock);

        Assert.Equal(TimeSpan.FromSeconds(2), await RetryOnce(server, clock, client, token));
    });

    [Fact]
    public Task Retry_After_in_seconds_is_the_delay() => Limit.Run(async token =>
    {
        var clock = new RecordingTimeProvider();
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 429, "requests", "rate_limit_exceeded", "Rate limit reached.", headers: ("Retry-After", "1"))
            : Respond.Json(ctx, Ok));
        using var client = FakeClockClient(server, clock);

        Assert.Equal(TimeSpan.FromSeconds(1), await RetryOnce(server, clock, client, token));
    });

    [Fact]
    public Task Retry_after_ms_is_honoured_before_Retry_After() => Limit.Run(async token =>
    {
        var clock = new RecordingTimeProvider();
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 429, "requests", null, "Slow down.", headers: new[] { ("retry-after-ms", "300"), ("Retry-After", "30") })
            : Respond.Json(ctx, Ok));
        using var client = FakeClockClient(server, clock);

        Assert.Equal(TimeSpan.FromMilliseconds(300), await RetryOnce(server, clock, client, token));
    });

    [Fact]
    public Task The_first_retry_backs_off_by_the_base_delay_minus_at_most_a_quarter() => Limit.Run(async token =>
    {
        var clock = new RecordingTimeProvider();
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 500, "server_error", null, "oops")
            : Respond.Json(ctx, Ok));
        using var client = FakeClockClient(server, clock, o => { o.RetryBaseDelay = TimeSpan.FromMilliseconds(400); o.RetryMaxDelay = TimeSpan.FromSeconds(1); });

        TimeSpan due = await RetryOnce(server, clock, client, token);

        Assert.InRange(due, TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(400));
    });
}
