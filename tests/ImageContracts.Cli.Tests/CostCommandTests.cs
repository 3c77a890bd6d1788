using System.Text.Json;
using ImageContracts.Cli.Tests.Support;

namespace ImageContracts.Cli.Tests;

/// <summary><c>imagegen cost</c>: the table's rows against figures read from the spec by hand.</summary>
public sealed class CostCommandTests
{
    // spec gpt-image-1 (inherited by gpt-image-1.5): outputTokens high 1024x1024 = 4160, partialImageTokens = 100;
    // gpt-image-1.5 pricing.tokens: imageOutput 32.00, textInput 5.00 USD per 1M.
    private const decimal HighSquareOutputUsd = 4160 * 32.00m / 1_000_000m;

    [Fact]
    public async Task Rows_add_n_images_then_partial_images_as_the_spec_prices_them()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "cost", "a fox", "--model", "gpt-image-1.5", "--quality", "high", "--size", "1024x1024",
            "--n", "2", "--partial-images", "3", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement[] rows = run.Json().GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(new[] { "1 image", "2 images", "2 images + 3 partial images each" }, rows.Select(r => r.GetProperty("label").GetString()).ToArray());
        Assert.Equal(new[] { 4160, 8320, 8320 }, rows.Select(r => r.GetProperty("outputImageTokens").GetInt32()).ToArray());
        Assert.Equal(600, rows[2].GetProperty("partialImageTokens").GetInt32());
        decimal promptAtMost = 5 * 5.00m / 1_000_000m; // "a fox": at most 5 tokens (its UTF-8 bytes)
        Assert.InRange(rows[0].GetProperty("minUsd").GetDecimal(), HighSquareOutputUsd, HighSquareOutputUsd + promptAtMost);
        Assert.InRange(rows[0].GetProperty("maxUsd").GetDecimal(), HighSquareOutputUsd, HighSquareOutputUsd + promptAtMost);
        Assert.InRange(rows[2].GetProperty("maxUsd").GetDecimal(), (8320 + 600) * 32.00m / 1_000_000m, ((8320 + 600) * 32.00m / 1_000_000m) + promptAtMost);
        Assert.Empty(run.Json().GetProperty("matrix").EnumerateArray());
    }

    [Fact]
    public async Task Input_images_of_an_edit_are_priced_by_tiles_and_fidelity()
    {
        using var folder = new TempFolder();
        ProcessResult generated = await Imagegen.RunAsync(folder.Path, "generate", "a plain teapot", "--model", "gpt-image-2", "--size", "1024x1024", "--quality", "low");
        Assert.True(generated.ExitCode == 0, generated.ToString());

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "cost", "add a hat", "--model", "gpt-image-1.5", "--quality", "low", "--size", "1024x1024",
            "--image", "imagegen.png", "--input-fidelity", "high", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement last = run.Json().GetProperty("rows").EnumerateArray().Last();
        Assert.Equal("edits", last.GetProperty("endpoint").GetString());
        Assert.Equal(1, last.GetProperty("inputImages").GetInt32());
        // 1024x1024 fits 2048, shortest side scaled to 512: one 512 tile = 65 + 129; input_fidelity high on a square image: + 4160.
        Assert.Equal(65 + 129 + 4160, last.GetProperty("inputImageTokens").GetInt32());
    }

    [Fact]
    public async Task Without_size_and_quality_prints_the_price_of_each_quality_and_size()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "cost", "--model", "gpt-image-1.5");

        Assert.True(run.ExitCode == 0, run.ToString());
        string high = run.Stdout.Split('\n').Single(l => l.Contains(" high ", StringComparison.Ordinal));
        Assert.Contains("$0.13312", high); // 4160 x 32 / 1M, plus nothing for the absent prompt
    }
}
