using System.Text.Json;
using ImageContracts.Batches;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests.Batches;

/// <summary>The batch lifecycle against a scripted Files + Batches service on Kestrel: upload (purpose batch), create,
/// poll with backoff on a fake clock (progress counts), results and partial error files, failed, expired and
/// cancelled batches, cancellation while waiting.</summary>
public class BatchLifecycleTests
{
    private static readonly byte[] Fox = Payloads.Image(11, 4000);
    private static readonly byte[] Owl = Payloads.Image(12, 6000);

    private static (MemoryStream Input, BatchInputSummary Summary) Input(params string[] ids)
    {
        var input = new MemoryStream();
        using var writer = new BatchInputWriter(input, new BatchInputOptions { Catalog = ImageContract.Catalog }, leaveOpen: true);
        foreach (string id in ids)
        {
            writer.Add(id, new GptImage2.GenerateRequest("a red fox") { Quality = GptImage2.Quality.High, Size = GptImage2.Size.W1024xH1024 });
        }

        BatchInputSummary summary = writer.Complete();
        input.Position = 0;
        return (input, summary);
    }

    [Fact]
    public Task A_batch_is_uploaded_created_polled_with_backoff_and_its_results_and_partial_errors_read() => Limit.Run(async token =>
    {
        var api = new FakeBatchApi();
        api.Script.Add(FakeBatchApi.Batch("validating", total: 3));
        api.Script.Add(FakeBatchApi.Batch("in_progress", 0, 0, 3));
        api.Script.Add(FakeBatchApi.Batch("in_progress", 0, 0, 3));
        api.Script.Add(FakeBatchApi.Batch("in_progress", 1, 1, 3));
        api.Script.Add(FakeBatchApi.Batch("finalizing", 2, 1, 3));
        api.Script.Add(FakeBatchApi.Batch("completed", 2, 1, 3, "file-out", "file-err", ",\"completed_at\":1764637200,\"in_progress_at\":1764633700"));
        api.Files["file-out"] = FakeBatchApi.Jsonl(FakeBatchApi.OutputLine("fox", Fox, 1000), FakeBatchApi.OutputLine("owl", Owl, 3000));
        api.Files["file-err"] = FakeBatchApi.Jsonl(FakeBatchApi.FailedLine("bad", "moderation_blocked", "Your request was rejected by the safety system."));
        await using TestServer server = await TestServer.StartAsync(api.Handle);
        var time = new TimerRecordingTimeProvider();
        var budget = new ImageSpendingBudget(10m);
        using ImagesClient client = server.Client(o => { o.TimeProvider = time; o.SpendingBudget = budget; });

        (MemoryStream input, BatchInputSummary summary) = Input("fox", "bad", "owl");
        BatchJob created = await client.SubmitBatchAsync(input, summary, new Dictionary<string, string> { ["run"] = "nightly" }, token);
        Assert.Equal(BatchStatus.Validating, created.Status);
        Assert.Equal(summary.Cost.MaxUsd, budget.ReservedUsd);

        RecordedRequest upload = server.Requests.Single(r => r.Path == "/v1/files");
        Assert.Equal("batch", upload.Part("purpose").Text);
        Assert.Equal(input.ToArray(), upload.Part("file").Data);
        JsonElement create = server.Requests.Single(r => r.Path == "/v1/batches" && r.Method == "POST").Json;
        Assert.Equal("file-in-1", create.GetProperty("input_file_id").GetString());
        Assert.Equal("/v1/images/generations", create.GetProperty("endpoint").GetString());
        Assert.Equal("24h", create.GetProperty("completion_window").GetString());
        Assert.Equal("nightly", create.GetProperty("metadata").GetProperty("run").GetString());

        var progress = new Recorder();
        Task<BatchJob> waiting = client.WaitForBatchAsync(created.Id, progress, new BatchPollingOptions { InitialDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(15) }, token);
        var delays = new List<TimeSpan>();
        while (!waiting.IsCompleted)
        {
            Task<TimeSpan> next = time.NextTimerAsync(token).AsTask();
            if (await Task.WhenAny(next, waiting) != next)
            {
                break;
            }

            delays.Add(next.Result);
            time.Fake.Advance(next.Result);
        }

        BatchJob done = await waiting;
        Assert.Equal(BatchStatus.Completed, done.Status);
        Assert.Equal(6, api.Polls);

        // No progress: 5 s, 10 s, 15 s (capped); progress resets to 5 s; then 5 s again as counts changed once more.
        Assert.Equal(new[] { 5, 10, 15, 5, 5 }.Select(s => TimeSpan.FromSeconds(s)), delays);
        Assert.Equal(
            new[] { (BatchStatus.Validating, 0, 0), (BatchStatus.InProgress, 0, 0), (BatchStatus.InProgress, 0, 0), (BatchStatus.InProgress, 1, 1), (BatchStatus.Finalizing, 2, 1), (BatchStatus.Completed, 2, 1) },
            progress.Reports.Select(p => (p.Status, p.Completed, p.Failed)));
        Assert.Equal(3, done.RequestCounts.Total);
        Assert.Equal("file-out", done.OutputFileId);
        Assert.Equal("file-err", done.ErrorFileId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764637200), done.CompletedAt);
        Assert.Equal("nightly", done.Metadata["run"]);

        var results = new List<BatchResult>();
        await foreach (BatchResult result in client.ReadBatchResultsAsync(done, new BatchOutputOptions { Models = summary.Models }, cancellationToken: token))
        {
            results.Add(result);
        }

        Assert.Equal(new[] { "fox", "owl", "bad" }, results.Select(r => r.CustomId));
        Assert.Equal(Owl, results[1].Images[0].Bytes.ToArray());
        Assert.Equal("moderation_blocked", results[2].Error!.Code);

        // Settled with the lines' usage at half price: (40×5 + 10×8 + out×30) / 1M × 0.5 for out = 1000 and 3000.
        decimal expected = (((40 * 5m) + (10 * 8m) + (1000 * 30m)) + ((40 * 5m) + (10 * 8m) + (3000 * 30m))) / 1_000_000m * 0.5m;
        Assert.Equal(expected, budget.SpentUsd);
        Assert.Equal(0m, budget.ReservedUsd);
    });

    [Fact]
    public Task A_failed_batch_reports_its_validation_errors_and_releases_its_reservation() => Limit.Run(async token =>
    {
        var api = new FakeBatchApi();
        api.Script.Add(FakeBatchApi.Batch("failed", extra: ",\"failed_at\":1764633800,\"errors\":{\"object\":\"list\",\"data\":[{\"code\":\"invalid_json_line\",\"message\":\"Line 2 is not valid JSON.\",\"param\":null,\"line\":2}]}"));
        await using TestServer server = await TestServer.StartAsync(api.Handle);
        var budget = new ImageSpendingBudget(1m);
        using ImagesClient client = server.Client(o => o.SpendingBudget = budget);
        (MemoryStream input, BatchInputSummary summary) = Input("a", "b");
        BatchJob created = await client.SubmitBatchAsync(input, summary, cancellationToken: token);
        Assert.True(budget.ReservedUsd > 0m);

        BatchJob failed = await client.WaitForBatchAsync(created.Id, cancellationToken: token);
        Assert.Equal(BatchStatus.Failed, failed.Status);
        Assert.True(failed.IsTerminal);
        BatchJobError error = Assert.Single(failed.Errors);
        Assert.Equal("invalid_json_line", error.Code);
        Assert.Equal(2, error.Line);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764633800), failed.FailedAt);
        Assert.Equal(0m, budget.ReservedUsd);
        Assert.Equal(0m, budget.SpentUsd);
    });

    [Fact]
    public Task An_expired_batch_has_partial_output_and_its_unfinished_lines_in_the_error_file() => Limit.Run(async token =>
    {
        var api = new FakeBatchApi();
        api.Script.Add(FakeBatchApi.Batch("expired", 1, 2, 3, "file-out", "file-err", ",\"expired_at\":1764720000"));
        api.Files["file-out"] = FakeBatchApi.Jsonl(FakeBatchApi.OutputLine("fox", Fox, 1000));
        api.Files["file-err"] = FakeBatchApi.Jsonl(FakeBatchApi.ExpiredLine("owl"), FakeBatchApi.ExpiredLine("bad"));
        await using TestServer server = await TestServer.StartAsync(api.Handle);
        using ImagesClient client = server.Client();
        BatchJob expired = await client.WaitForBatchAsync("batch_1", cancellationToken: token);
        Assert.Equal(BatchStatus.Expired, expired.Status);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764720000), expired.ExpiredAt);

        var results = new List<BatchResult>();
        await foreach (BatchResult result in client.ReadBatchResultsAsync(expired, cancellationToken: token))
        {
            results.Add(result);
        }

        Assert.Equal(new[] { ("fox", true), ("owl", false), ("bad", false) }, results.Select(r => (r.CustomId, r.IsSuccess)));
        Assert.All(results.Skip(1), r => Assert.Equal("batch_expired", r.Error!.Code));
    });

    [Fact]
    public Task Waiting_is_cancelled_mid_poll_without_further_requests_and_the_batch_can_be_cancelled() => Limit.Run(async token =>
    {
        var api = new FakeBatchApi();
        api.Script.Add(FakeBatchApi.Batch("in_progress", 1, 0, 5));
        await using TestServer server = await TestServer.StartAsync(api.Handle);
        var time = new TimerRecordingTimeProvider();
        using ImagesClient client = server.Client(o => o.TimeProvider = time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        var progress = new Recorder();
        Task<BatchJob> waiting = client.WaitForBatchAsync("batch_1", progress, cancellationToken: stop.Token);

        time.Fake.Advance(await time.NextTimerAsync(token));
        Assert.Equal(TimeSpan.FromSeconds(10), await time.NextTimerAsync(token));
        Assert.Equal(2, api.Polls);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        time.Fake.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, api.Polls);
        Assert.Equal(2, progress.Reports.Count);
        Assert.Equal((1, 5), (progress.Reports[0].Completed, progress.Reports[0].Total));

        BatchJob cancelling = await client.CancelBatchAsync("batch_1", token);
        Assert.Equal(BatchStatus.Cancelling, cancelling.Status);
        Assert.NotNull(cancelling.CancellingAt);
        Assert.Contains(server.Requests, r => r.Method == "POST" && r.Path == "/v1/batches/batch_1/cancel");
    });

    [Fact]
    public Task Batches_are_listed_by_page() => Limit.Run(async token =>
    {
        var api = new FakeBatchApi();
        await using TestServer server = await TestServer.StartAsync(api.Handle);
        using ImagesClient client = server.Client();
        BatchJobPage page = await client.ListBatchesAsync(5, "batch_0", token);
        Assert.True(page.HasMore);
        Assert.Equal(BatchStatus.Completed, Assert.Single(page.Batches).Status);
        Assert.Contains(server.Requests, r => r.Path == "/v1/batches" && r.Method == "GET");
    });

    [Fact]
    public Task A_batch_above_the_budget_is_refused_before_anything_is_uploaded() => Limit.Run(async token =>
    {
        var api = new FakeBatchApi();
        await using TestServer server = await TestServer.StartAsync(api.Handle);
        var budget = new ImageSpendingBudget(0.15m);
        using ImagesClient client = server.Client(o => o.SpendingBudget = budget);
        (MemoryStream input, BatchInputSummary summary) = Input("a", "b", "c");
        ImageSpendingLimitException error = await Assert.ThrowsAsync<ImageSpendingLimitException>(() => client.SubmitBatchAsync(input, summary, cancellationToken: token));
        Assert.Equal(SpendingLimitKind.Budget, error.Kind);
        Assert.Equal(summary.Cost.MaxUsd, error.EstimateUsd);
        Assert.Equal(0.15m, error.LimitUsd);
        Assert.Contains("$0.15", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count);
        Assert.Equal(0m, budget.ReservedUsd);
    });

    private sealed class Recorder : IProgress<BatchProgress>
    {
        public List<BatchProgress> Reports { get; } = new();

        public void Report(BatchProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }
}
