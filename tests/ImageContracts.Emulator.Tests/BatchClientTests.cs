using System.Text;
using ImageContracts.Batches;
using ImageContracts.Emulator.Tests.Support;

namespace ImageContracts.Emulator.Tests;

/// <summary>The Batch API on the emulator, driven by the ImageContracts client offline: validated lines written to
/// JSONL, uploaded with purpose batch, run at once with the single-call behaviour, output and error files read back
/// by custom_id, the spending reservation settled from the lines' usage.</summary>
public sealed class BatchClientTests
{
    [Fact]
    public async Task A_batch_of_validated_requests_runs_offline_and_maps_every_result_to_its_custom_id()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        var budget = new ImageSpendingBudget(5m);
        using var client = new ImagesClient(new ImagesClientOptions { BaseAddress = server.BaseAddress, ApiKey = Emulators.ApiKey, Catalog = ImageContract.Catalog, SpendingBudget = budget });

        using var input = new MemoryStream();
        BatchInputSummary summary;
        using (var writer = new BatchInputWriter(input, new BatchInputOptions { Catalog = ImageContract.Catalog }, leaveOpen: true))
        {
            writer.Add("fox", new GptImage2.GenerateRequest("a red fox") { Quality = GptImage2.Quality.Low, Size = GptImage2.Size.W1024xH1024 });
            writer.Add("owl", new GptImage2.GenerateRequest("an owl at night") { Quality = GptImage2.Quality.Low, Size = GptImage2.Size.W1024xH1536 });
            summary = writer.Complete();
        }

        // gpt-image-2 low: $0.006 (1024x1024) + $0.005 (1024x1536) per image; prompts of 9 and 15 characters are 3..9 and
        // 4..15 text tokens at $5/1M; half price in a batch (spec batch.discount, UNCONFIRMED).
        Assert.Equal(0.0055175m, summary.Cost.MinUsd);
        Assert.Equal(0.00556m, summary.Cost.MaxUsd);
        Assert.Equal("$0.005518–$0.00556 for 2 line(s) (batch discount 50%, UNCONFIRMED)", summary.Cost.ToString());

        input.Position = 0;
        BatchJob created = await client.SubmitBatchAsync(input, summary, new Dictionary<string, string> { ["run"] = "readme" }, Emulators.Deadline());
        BatchJob done = await client.WaitForBatchAsync(created.Id, cancellationToken: Emulators.Deadline());
        Assert.Equal(BatchStatus.Completed, done.Status);
        Assert.Equal((2, 2, 0), (done.RequestCounts.Total, done.RequestCounts.Completed, done.RequestCounts.Failed));
        Assert.Equal("readme", done.Metadata["run"]);
        Assert.Null(done.ErrorFileId);

        var results = new Dictionary<string, BatchResult>();
        await foreach (BatchResult result in client.ReadBatchResultsAsync(done, new BatchOutputOptions { Models = summary.Models }, cancellationToken: Emulators.Deadline()))
        {
            results.Add(result.CustomId, result);
        }

        Assert.Contains("1024 x 1536", Decoders.PngCheck(results["owl"].Images[0].Bytes.ToArray()));
        Assert.Contains("1024 x 1024", Decoders.PngCheck(results["fox"].Images[0].Bytes.ToArray()));
        decimal actual = results.Values.Sum(r => r.CostUsd!.Value);
        Assert.True(actual > 0m);
        Assert.Equal(actual, budget.SpentUsd);
        Assert.Equal(0m, budget.ReservedUsd);
    }

    [Fact]
    public async Task Lines_the_API_refuses_go_to_the_error_file_and_a_malformed_file_fails_the_batch()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        byte[] jsonl = Encoding.UTF8.GetBytes(
            "{\"custom_id\":\"ok\",\"method\":\"POST\",\"url\":\"/v1/images/generations\",\"body\":{\"model\":\"gpt-image-2\",\"prompt\":\"a fox\",\"quality\":\"low\",\"size\":\"1024x1024\"}}\n"
            + "{\"custom_id\":\"bad\",\"method\":\"POST\",\"url\":\"/v1/images/generations\",\"body\":{\"model\":\"gpt-image-2\",\"prompt\":\"a fox\",\"quality\":\"ultra\"}}\n"
            + "{\"custom_id\":\"streams\",\"method\":\"POST\",\"url\":\"/v1/images/generations\",\"body\":{\"model\":\"gpt-image-2\",\"prompt\":\"a fox\",\"stream\":true}}\n");
        UploadedFile file = await client.UploadFileAsync(new MemoryStream(jsonl), "batch.jsonl", "batch", Emulators.Deadline());
        BatchJob batch = await client.WaitForBatchAsync((await client.CreateBatchAsync(file.Id, BatchLimits.GenerationsUrl, cancellationToken: Emulators.Deadline())).Id, cancellationToken: Emulators.Deadline());
        Assert.Equal((1, 2), (batch.RequestCounts.Completed, batch.RequestCounts.Failed));

        var results = new Dictionary<string, BatchResult>();
        await foreach (BatchResult result in client.ReadBatchResultsAsync(batch, cancellationToken: Emulators.Deadline()))
        {
            results.Add(result.CustomId, result);
        }

        Assert.True(results["ok"].IsSuccess);
        Assert.Equal(400, results["bad"].StatusCode);
        Assert.Equal("quality", results["bad"].Error!.Param);
        Assert.Equal("stream", results["streams"].Error!.Param);

        byte[] broken = Encoding.UTF8.GetBytes("{\"custom_id\":\"a\",\"method\":\"POST\",\"url\":\"/v1/images/generations\",\"body\":{}}\nnot json\n");
        UploadedFile brokenFile = await client.UploadFileAsync(new MemoryStream(broken), "broken.jsonl", "batch", Emulators.Deadline());
        BatchJob failed = await client.CreateBatchAsync(brokenFile.Id, BatchLimits.GenerationsUrl, cancellationToken: Emulators.Deadline());
        Assert.Equal(BatchStatus.Failed, failed.Status);
        Assert.Equal(2, Assert.Single(failed.Errors).Line);
        Assert.Equal("invalid_json_line", failed.Errors[0].Code);

        BatchJobPage page = await client.ListBatchesAsync(10, cancellationToken: Emulators.Deadline());
        Assert.Equal(2, page.Batches.Count);
        Assert.False(page.HasMore);
    }
}
