using System.Text.Json;
using ImageContracts.Cli.Tests.Support;

namespace ImageContracts.Cli.Tests;

/// <summary><c>imagegen models</c>: the spec's catalog, and <c>--check</c> against a server's GET /v1/models.</summary>
public sealed class ModelsCommandTests
{
    [Fact]
    public async Task Lists_every_model_with_endpoints_and_lifecycle_as_json()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "models", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement[] models = run.Json().GetProperty("models").EnumerateArray().ToArray();
        JsonElement dalle3 = Assert.Single(models, m => m.GetProperty("id").GetString() == "dall-e-3");
        Assert.Equal("2026-05-12", dalle3.GetProperty("lifecycle").GetProperty("shutdown").GetString()); // spec: GUIDE-15
        Assert.True(dalle3.GetProperty("lifecycle").GetProperty("retired").GetBoolean());
        Assert.Equal(0.12m, dalle3.GetProperty("pricing").GetProperty("perImage").EnumerateArray().Max(p => p.GetProperty("usd").GetDecimal())); // spec: hd 1792x1024
        JsonElement gptImage1 = Assert.Single(models, m => m.GetProperty("id").GetString() == "gpt-image-1");
        Assert.Equal(40.00m, gptImage1.GetProperty("pricing").GetProperty("tokens").GetProperty("imageOutput").GetDecimal()); // spec: MODEL-GI1
        Assert.Contains("image out $40 per 1M tokens", gptImage1.GetProperty("prices").GetString());
        JsonElement gptImage2 = Assert.Single(models, m => m.GetProperty("id").GetString() == "gpt-image-2");
        Assert.Contains("generations", gptImage2.GetProperty("endpoints").EnumerateArray().Select(e => e.GetProperty("endpoint").GetString()));
        JsonElement quality = gptImage2.GetProperty("endpoints")[0].GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "quality");
        Assert.Contains("high", quality.GetProperty("values").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Prints_a_table_with_prices_and_shutdown_dates()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "models");

        Assert.True(run.ExitCode == 0, run.ToString());
        string dalle3 = run.Stdout.Split('\n').Single(l => l.Contains(" dall-e-3 ", StringComparison.Ordinal));
        Assert.Contains("RETIRED 2026-05-12", dalle3);
        Assert.Contains("per image $", dalle3);
        string gptImage1 = run.Stdout.Split('\n').Single(l => l.Contains(" gpt-image-1 ", StringComparison.Ordinal));
        Assert.Contains("RETIRED 2026-10-23", gptImage1); // spec: MODEL-GI1
    }

    [Fact]
    public async Task Check_against_the_emulator_finds_no_drift_from_the_spec_it_is_built_on()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "models", "--check", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement json = run.Json();
        Assert.Equal("emulator", json.GetProperty("server").GetString());
        string[] drift = json.GetProperty("drift").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() != "retired_but_listed")
            .Select(d => d.GetProperty("message").GetString()!).ToArray();
        Assert.Empty(drift);
    }
}
