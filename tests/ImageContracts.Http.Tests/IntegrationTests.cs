using System.Collections.Concurrent;
using System.Diagnostics;
using ImageContracts.Http.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageContracts.Http.Tests;

/// <summary>AddImageContracts with IHttpClientFactory and configuration, ILogger output, and the ImageContracts ActivitySource.</summary>
public class IntegrationTests
{
    private static readonly byte[] Image = Payloads.Image(11, 50_000);

    [Fact]
    public Task AddImageContracts_binds_configuration_and_uses_the_factorys_handlers() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ImageContracts:BaseAddress"] = server.BaseAddress.ToString(),
            ["ImageContracts:ApiKey"] = TestKeys.ApiKey,
            ["ImageContracts:Organization"] = "org-cfg",
            ["ImageContracts:Project"] = "proj-cfg",
            ["ImageContracts:Timeout"] = "00:00:30",
            ["ImageContracts:MaxRetries"] = "4",
            ["ImageContracts:RetryBaseDelay"] = "0.01",
            ["ImageContracts:MaxRetryAfter"] = "00:00:05",
            ["ImageContracts:ValidateRequests"] = "true",
        }).Build();
        var counter = new CountingHandler();
        var services = new ServiceCollection();
        services.AddImageContracts(configuration.GetSection("ImageContracts"), o => o.Catalog = ImageContract.Catalog)
            .AddHttpMessageHandler(() => counter);
        await using ServiceProvider provider = services.BuildServiceProvider();

        ImagesClient client = provider.GetRequiredService<ImagesClient>();
        ImageResult result = await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x"), token);

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImagesClientOptions>>().Value;
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(4, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(10), options.RetryBaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxRetryAfter);
        Assert.Same(ImageContract.Catalog, options.Catalog);
        Assert.Equal(1, counter.Count);
        RecordedRequest sent = Assert.Single(server.Requests);
        Assert.Equal("Bearer " + TestKeys.ApiKey, sent.Header("Authorization"));
        Assert.Equal("org-cfg", sent.Header("OpenAI-Organization"));
        Assert.Equal("proj-cfg", sent.Header("OpenAI-Project"));
        Assert.Equal(Image, result.Image.ToArray());
        Assert.NotNull(result.CostUsd);
    });

    [Fact]
    public void A_malformed_configuration_value_names_the_key_but_never_shows_the_api_key()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Images:ApiKey"] = TestKeys.ApiKey,
            ["Images:MaxRetries"] = "many",
        }).Build();

        var ex = Assert.Throws<FormatException>(() => ImagesClientOptionsBinder.Bind(configuration.GetSection("Images"), new ImagesClientOptions()));

        Assert.Contains("Images:MaxRetries", ex.Message);
        Assert.DoesNotContain(TestKeys.ApiKey, ex.Message);
    }

    [Fact]
    public Task Logs_name_the_call_status_duration_and_request_id_and_never_the_key_or_image() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", new[] { Payloads.Image(12, 3000) }, Image);
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 500, "server_error", null, "oops " + TestKeys.ApiKey)
            : r.Path.Contains("generations") && r.BodyText.Contains("\"stream\":true") ? Respond.Sse(ctx, stream) : Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddImageContracts(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.ApiKey = TestKeys.ApiKey;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        ImagesClient client = provider.GetRequiredService<ImagesClient>();

        await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("a secret prompt"), token);
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage26Sunburst.GenerateRequest("a secret prompt") { Stream = true, PartialImages = 1 }, token))
        {
        }

        string[] lines = logs.Lines.ToArray();
        Assert.Contains(lines, l => l.StartsWith("Warning ImagesClient: generate POST images/generations (model gpt-image-2.6-sunburst) failed on attempt 1 (HTTP 500); retrying in", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "Information ImagesClient: generate POST images/generations (model gpt-image-2.6-sunburst) answered 500 in " + Between(l, " in ", " ms") + " ms; request id req_test_500, attempt 1");
        Assert.Contains(lines, l => l.Contains("answered 200", StringComparison.Ordinal) && l.Contains("request id req_test_200, attempt 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Debug ImagesClient: generate_image stream (model gpt-image-2.6-sunburst) ended after 2 events", StringComparison.Ordinal));
        string all = string.Join("\n", lines);
        Assert.DoesNotContain(TestKeys.ApiKey, all);
        Assert.DoesNotContain("a secret prompt", all);
        Assert.DoesNotContain(Payloads.B64(Image).Substring(0, 40), all);
    });

    [Fact]
    public Task Spans_carry_model_size_quality_usage_cost_and_attempts() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", Array.Empty<byte[]>(), Image);
        await using var server = await TestServer.StartAsync((ctx, r) =>
            r.BodyText.Contains("\"stream\":true") ? Respond.Sse(ctx, stream)
            : r.BodyText.Contains("fail") ? Respond.Error(ctx, 400, "invalid_request_error", "invalid_value", "bad")
            : r.Attempt == 0 ? Respond.Error(ctx, 503, "server_error", null, "busy")
            : Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        using var client = server.Client();
        using var spans = new SpanCollector();

        using (new Activity("test-root").Start())
        {
            spans.Root = Activity.Current!.TraceId;
            await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x") { Size = GptImage26Sunburst.Size.W1536xH1024, Quality = GptImage26Sunburst.Quality.Medium }, token);
            await Assert.ThrowsAsync<ImageApiException>(() => client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("fail"), token));
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(new GptImage26Sunburst.GenerateRequest("x") { Stream = true }, token))
            {
            }
        }

        Activity[] done = spans.Completed.ToArray();
        Assert.Equal(3, done.Length);
        Activity ok = done[0];
        Assert.Equal("generate_image gpt-image-2.6-sunburst", ok.DisplayName);
        Assert.Equal(ActivityKind.Client, ok.Kind);
        Assert.Equal("generate_image", ok.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("gpt-image-2.6-sunburst", ok.GetTagItem("gen_ai.request.model"));
        Assert.Equal("1024x1024", ok.GetTagItem("imagecontracts.size")); // the size the service reports wins over the requested 1536x1024
        Assert.Equal("high", ok.GetTagItem("imagecontracts.quality"));
        Assert.Equal(50, ok.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(4160, ok.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.True((double)ok.GetTagItem("imagecontracts.cost_usd")! > 0);
        Assert.Equal(2, ok.GetTagItem("imagecontracts.attempts"));
        Assert.Equal(200, ok.GetTagItem("http.response.status_code"));
        Assert.Equal(1, ok.GetTagItem("imagecontracts.image_count"));
        Assert.Equal(ActivityStatusCode.Unset, ok.Status);

        Activity failed = done[1];
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Equal("InvalidRequest", failed.GetTagItem("error.type"));
        Assert.Equal(400, failed.GetTagItem("http.response.status_code"));

        Activity streamed = done[2];
        Assert.Equal(4160, streamed.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Equal("1024x1024", streamed.GetTagItem("imagecontracts.size"));
        Assert.All(done, a => Assert.DoesNotContain(a.TagObjects, t => t.Value is string s && s.Contains(TestKeys.ApiKey, StringComparison.Ordinal)));
    });

    [Fact]
    public Task Responses_spans_name_the_host_and_image_models() => Limit.Run(async token =>
    {
        string body = Payloads.ResponseJson("resp_1", "completed", Payloads.CallItem("ig_1", "completed", Image));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, body));
        using var client = server.Client();
        using var spans = new SpanCollector();

        using (new Activity("test-root").Start())
        {
            spans.Root = Activity.Current!.TraceId;
            await client.CreateResponseAsync(new ImageResponseRequest("gpt-4.1", new GptImage26Sunburst.ImageGenerationTool { Quality = GptImage26Sunburst.Quality.Low, Size = GptImage26Sunburst.Size.W1024xH1024 }, "x"), token);
        }

        Activity span = Assert.Single(spans.Completed);
        Assert.Equal("create_response gpt-4.1", span.DisplayName);
        Assert.Equal("gpt-image-2.6-sunburst", span.GetTagItem("imagecontracts.image_model"));
        Assert.Equal("low", span.GetTagItem("imagecontracts.quality"));
        Assert.Equal("1024x1024", span.GetTagItem("imagecontracts.size"));
        Assert.Equal("resp_1", span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(1, span.GetTagItem("imagecontracts.image_count"));
    });

    private static string Between(string text, string start, string end)
    {
        int from = text.LastIndexOf(start, StringComparison.Ordinal) + start.Length;
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        return from < start.Length || to < 0 ? "?" : text.Substring(from, to - from);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private int _count;

        public int Count => _count;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class SpanCollector : IDisposable
    {
        private readonly ActivityListener _listener;

        public SpanCollector()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == ImagesTelemetry.ActivitySourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (activity.TraceId == Root)
                    {
                        Completed.Enqueue(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public ActivityTraceId Root { get; set; }

        public ConcurrentQueue<Activity> Completed { get; } = new();

        public void Dispose() => _listener.Dispose();
    }
}

/// <summary>Collects formatted log lines as "Level Category: message" (category shortened to the type name).</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName[(categoryName.LastIndexOf('.') + 1)..]);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (category == "ImagesClient")
            {
                owner.Lines.Enqueue(logLevel + " " + category + ": " + formatter(state, exception) + (exception is null ? "" : " | " + exception));
            }
        }
    }
}
