using System.Collections.Concurrent;
using System.Globalization;
using ImageContracts.Http.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageContracts.Http.Tests;

/// <summary>
/// The core package's log (<see cref="ImagesClientOptions.Log"/>, no logging library) and its bridge to
/// <c>ILogger</c> in ImageContracts.Extensions.DependencyInjection: events, levels, structured values.
/// </summary>
public class ClientLogTests
{
    private static readonly byte[] Image = Payloads.Image(21, 2_000);

    [Fact]
    public Task A_client_without_di_logs_each_attempt_as_structured_entries() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 503, "server_error", null, "busy")
            : Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        var log = new CapturingClientLog();
        using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = server.BaseAddress, ApiKey = TestKeys.ApiKey, RetryBaseDelay = TimeSpan.FromMilliseconds(1), Log = log });

        await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("a secret prompt"), token);

        ImagesClientLogEntry[] entries = log.Entries.ToArray();
        Assert.Equal(["Sending", "Answered", "Retrying", "Sending", "Answered"], entries.Select(e => e.EventName));
        Assert.Equal([1, 2, 3, 1, 2], entries.Select(e => e.EventId));
        Assert.Equal(
            [ImagesClientLogLevel.Debug, ImagesClientLogLevel.Information, ImagesClientLogLevel.Warning, ImagesClientLogLevel.Debug, ImagesClientLogLevel.Information],
            entries.Select(e => e.Level));

        ImagesClientLogEntry answered = entries[4];
        Assert.Equal("{Operation} {Method} {Path} (model {Model}) answered {Status} in {ElapsedMs} ms; request id {RequestId}, attempt {Attempt}", answered.MessageTemplate);
        Dictionary<string, object?> values = answered.Properties.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(["Operation", "Method", "Path", "Model", "Status", "ElapsedMs", "RequestId", "Attempt"], answered.Properties.Select(p => p.Key));
        Assert.Equal("generate", values["Operation"]);
        Assert.Equal("POST", values["Method"]);
        Assert.Equal("images/generations", values["Path"]);
        Assert.Equal("gpt-image-2.6-sunburst", values["Model"]);
        Assert.Equal(200, values["Status"]);
        Assert.Equal("req_test_200", values["RequestId"]);
        Assert.Equal(2, values["Attempt"]);
        long elapsed = Assert.IsType<long>(values["ElapsedMs"]);
        Assert.Equal("generate POST images/generations (model gpt-image-2.6-sunburst) answered 200 in " + elapsed.ToString(CultureInfo.InvariantCulture) + " ms; request id req_test_200, attempt 2", answered.Message);
        Assert.Equal(answered.Message, answered.ToString());
        Assert.DoesNotContain(entries, e => e.Message.Contains("a secret prompt", StringComparison.Ordinal) || e.Message.Contains(TestKeys.ApiKey, StringComparison.Ordinal));
    });

    [Fact]
    public Task Only_the_levels_the_log_wants_are_built() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, r) => r.Attempt == 0
            ? Respond.Error(ctx, 500, "server_error", null, "oops")
            : Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        var log = new CapturingClientLog(ImagesClientLogLevel.Warning);
        using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = server.BaseAddress, ApiKey = TestKeys.ApiKey, RetryBaseDelay = TimeSpan.FromMilliseconds(1), Log = log });

        await client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x"), token);

        ImagesClientLogEntry retry = Assert.Single(log.Entries);
        Assert.Equal("Retrying", retry.EventName);
        Assert.StartsWith("generate POST images/generations (model gpt-image-2.6-sunburst) failed on attempt 1 (HTTP 500); retrying in ", retry.Message, StringComparison.Ordinal);
    });

    [Fact]
    public Task A_failed_call_without_a_status_shows_null_as_the_status() => Limit.Run(async token =>
    {
        var log = new CapturingClientLog();
        using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = new Uri("http://127.0.0.1:1/v1/"), ApiKey = TestKeys.ApiKey, MaxRetries = 0, Log = log });

        await Assert.ThrowsAsync<ImageConnectionException>(() => client.GenerateAsync(new GptImage26Sunburst.GenerateRequest("x"), token));

        ImagesClientLogEntry failed = Assert.Single(log.Entries, e => e.EventName == "Failed");
        Assert.Null(failed.Properties.Single(p => p.Key == "Status").Value);
        Assert.Contains(" (null); request id (null)", failed.Message, StringComparison.Ordinal);
    });

    [Fact]
    public Task AddImageContracts_writes_entries_to_ILogger_with_event_ids_and_structured_state() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        var logs = new StateRecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information));
        services.AddImageContracts(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.ApiKey = TestKeys.ApiKey;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ImagesClient>().GenerateAsync(new GptImage26Sunburst.GenerateRequest("x"), token);

        // Debug (Sending) is below the minimum level: only Answered reaches the logger.
        Recorded answered = Assert.Single(logs.Records);
        Assert.Equal("ImageContracts.Http.ImagesClient", answered.Category);
        Assert.Equal(LogLevel.Information, answered.Level);
        Assert.Equal(new EventId(2, "Answered"), answered.EventId);
        Assert.Equal("{Operation} {Method} {Path} (model {Model}) answered {Status} in {ElapsedMs} ms; request id {RequestId}, attempt {Attempt}", answered.State["{OriginalFormat}"]);
        Assert.Equal(200, answered.State["Status"]);
        Assert.Equal("req_test_200", answered.State["RequestId"]);
        Assert.StartsWith("generate POST images/generations (model gpt-image-2.6-sunburst) answered 200 in ", answered.Message, StringComparison.Ordinal);
    });

    [Fact]
    public Task A_log_set_in_the_options_wins_over_ILogger() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Image)));
        var logs = new StateRecordingLoggerProvider();
        var own = new CapturingClientLog();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddImageContracts(o =>
        {
            o.BaseAddress = server.BaseAddress;
            o.ApiKey = TestKeys.ApiKey;
            o.Log = own;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ImagesClient>().GenerateAsync(new GptImage26Sunburst.GenerateRequest("x"), token);

        Assert.Equal(["Sending", "Answered"], own.Entries.Select(e => e.EventName));
        Assert.Empty(logs.Records);
    });

    private sealed record Recorded(string Category, LogLevel Level, EventId EventId, IReadOnlyDictionary<string, object?> State, string Message);

    /// <summary>Keeps the ImagesClient entries with their event id and state (as the structured-logging providers see it).</summary>
    private sealed class StateRecordingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Recorded> Records { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(StateRecordingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (category.EndsWith(".ImagesClient", StringComparison.Ordinal))
                {
                    var values = ((IReadOnlyList<KeyValuePair<string, object?>>)state!).ToDictionary(p => p.Key, p => p.Value);
                    owner.Records.Enqueue(new Recorded(category, logLevel, eventId, values, formatter(state, exception)));
                }
            }
        }
    }
}
