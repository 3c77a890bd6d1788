using System.Text;
using ImageContracts.Batches;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests.Batches;

/// <summary>Output and error files: each line back to its custom_id, images decoded, errors of both shapes, usage
/// priced with the batch discount; odd lines (CRLF, escaped base64, blank, malformed, over the cap) handled.</summary>
public class BatchOutputReaderTests
{
    private static readonly byte[] Fox = Payloads.Image(1, 5000);
    private static readonly byte[] Owl = Payloads.Image(2, 7001);

    private static BatchOutputOptions Priced() => new()
    {
        Models = new Dictionary<string, string> { ["fox"] = "gpt-image-2", ["owl"] = "gpt-image-2", ["bad"] = "gpt-image-2", ["late"] = "gpt-image-2" },
        ModelLookup = ImageContract.Find,
        Pricing = ImageContract.Catalog.Batch,
    };

    [Fact]
    public async Task Results_and_errors_map_back_to_their_custom_id_with_images_usage_and_discounted_cost()
    {
        byte[] file = FakeBatchApi.Jsonl(
            FakeBatchApi.OutputLine("fox", Fox, 1000),
            FakeBatchApi.FailedLine("bad", "invalid_value", "Invalid value: 'ultra'.", "quality"),
            FakeBatchApi.ExpiredLine("late"),
            FakeBatchApi.OutputLine("owl", Owl, 2000));
        using var reader = new BatchOutputReader(new MemoryStream(file), Priced());
        List<BatchResult> results = await ToListAsync(reader.ReadAsync());

        Assert.Equal(new[] { "fox", "bad", "late", "owl" }, results.Select(r => r.CustomId));
        Assert.Equal(new long[] { 1, 2, 3, 4 }, results.Select(r => r.Line));
        BatchResult fox = results[0];
        Assert.True(fox.IsSuccess);
        Assert.Equal(Fox, fox.Images.Single().Bytes.ToArray());
        Assert.Equal("png", fox.OutputFormat);
        Assert.Equal("req_fox", fox.RequestId);
        Assert.Equal("batch_req_fox", fox.Id);
        Assert.Equal(200, fox.StatusCode);

        // gpt-image-2 tokens: text 5, image input 8, output 30 USD per 1M; 40 text + 10 image input tokens, 1000 output; half price.
        Assert.Equal(((40 * 5m) + (10 * 8m) + (1000 * 30m)) / 1_000_000m * 0.5m, fox.CostUsd);
        Assert.Equal(((40 * 5m) + (10 * 8m) + (2000 * 30m)) / 1_000_000m * 0.5m, results[3].CostUsd);

        BatchResult bad = results[1];
        Assert.False(bad.IsSuccess);
        Assert.Equal(400, bad.StatusCode);
        Assert.Equal("invalid_value", bad.Error!.Code);
        Assert.Equal("quality", bad.Error.Param);
        Assert.Equal("invalid_request_error", bad.Error.Type);
        Assert.Empty(bad.Images);

        BatchResult late = results[2];
        Assert.False(late.IsSuccess);
        Assert.Null(late.StatusCode);
        Assert.Equal("batch_expired", late.Error!.Code);
        Assert.Null(late.CostUsd);
    }

    [Fact]
    public async Task Images_are_saved_to_files_named_after_the_custom_id()
    {
        string directory = Path.Combine(Path.GetTempPath(), "imagecontracts-batch-" + Guid.NewGuid().ToString("N"));
        try
        {
            byte[] file = FakeBatchApi.Jsonl(FakeBatchApi.OutputLine("shop/sku 1", Fox, 10), FakeBatchApi.OutputLine("owl", Owl, 10));
            using var reader = new BatchOutputReader(new MemoryStream(file));
            List<BatchResult> results = await ToListAsync(reader.SaveImagesAsync(directory));
            Assert.Equal(Path.Combine(directory, "shop_sku_1-1.png"), results[0].Files.Single());
            Assert.Equal(Fox, await File.ReadAllBytesAsync(results[0].Files[0]));
            Assert.Equal(Owl, await File.ReadAllBytesAsync(results[1].Files[0]));
            Assert.Empty(results[0].Images);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task CRLF_escaped_base64_blank_malformed_and_overlong_lines_are_handled_line_by_line()
    {
        string escaped = FakeBatchApi.OutputLine("escaped", Owl, 10).Replace("/", "\\/", StringComparison.Ordinal);
        string big = FakeBatchApi.OutputLine("big", Payloads.Image(3, 90_000), 10);
        byte[] file = Encoding.UTF8.GetBytes(
            FakeBatchApi.OutputLine("fox", Fox, 10) + "\r\n"
            + "\n"
            + escaped + "\n"
            + "{\"custom_id\":\"broken\",\"response\":{\"status_code\":200,\n"
            + big + "\n"
            + FakeBatchApi.OutputLine("last", Fox, 10));
        using var reader = new BatchOutputReader(new ChunkedStream(file, new[] { 7, 1000, 50_000 }, 333), new BatchOutputOptions { MaxLineBytes = 64 * 1024 });
        List<BatchResult> results = await ToListAsync(reader.ReadAsync());

        Assert.Equal(new[] { "fox", "escaped", "", "", "last" }, results.Select(r => r.CustomId));
        Assert.Equal(new long[] { 1, 3, 4, 5, 6 }, results.Select(r => r.Line));
        Assert.Equal(Fox, results[0].Images[0].Bytes.ToArray());
        Assert.Equal(Owl, results[1].Images[0].Bytes.ToArray());
        Assert.Equal("unreadable_line", results[2].Error!.Code);
        Assert.Equal("unreadable_line", results[3].Error!.Code);
        Assert.Contains("MaxLineBytes", results[3].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(Fox, results[4].Images[0].Bytes.ToArray());
    }

    internal static async Task<List<BatchResult>> ToListAsync(IAsyncEnumerable<BatchResult> results)
    {
        var list = new List<BatchResult>();
        await foreach (BatchResult result in results)
        {
            list.Add(result);
        }

        return list;
    }
}
