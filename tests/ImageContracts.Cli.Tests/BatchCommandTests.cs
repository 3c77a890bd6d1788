using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ImageContracts.Cli.Tests.Support;
using ImageContracts.Emulator;

namespace ImageContracts.Cli.Tests;

/// <summary><c>imagegen batch create|status|results|cancel</c> as a process, against an emulator started by the test
/// (a batch outlives one command only on a server that outlives it), a scripted server for the states the emulator
/// never shows, or a listener that counts connections.</summary>
public sealed class BatchCommandTests
{
    private const string Key = "sk-batch-tests";

    private static readonly Dictionary<string, string?> WithKey = new() { ["OPENAI_API_KEY"] = Key };

    /// <summary>Two valid generations (both line shapes) and one that breaks the contract and streams.</summary>
    private static readonly string[] MixedLines =
    {
        """{"custom_id":"fox","model":"gpt-image-2","prompt":"a red fox in snow","size":"1024x1024","quality":"low"}""",
        """{"custom_id":"owl","method":"POST","url":"/v1/images/generations","body":{"model":"gpt-image-2","prompt":"an owl at dusk","size":"1536x1024","quality":"medium"}}""",
        """{"custom_id":"bad","model":"gpt-image-2","prompt":"a cat","quality":"ultra","stream":true}""",
    };

    [Fact]
    public async Task Create_reports_every_invalid_line_with_its_line_and_custom_id_and_sends_nothing()
    {
        using var folder = new TempFolder();
        using var server = new ConnectionCounter();
        await File.WriteAllLinesAsync(folder["requests.jsonl"], MixedLines);

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "create", "requests.jsonl", "--base-url", server.BaseAddress.ToString(), "--json");

        Assert.True(run.ExitCode == 2, run.ToString());
        JsonElement json = run.Json();
        Assert.False(json.GetProperty("sent").GetBoolean());
        Assert.Equal(3, json.GetProperty("requests").GetInt32());
        Assert.Equal(2, json.GetProperty("validLines").GetInt32());
        JsonElement invalid = Assert.Single(json.GetProperty("invalidLines").EnumerateArray());
        Assert.Equal("bad", invalid.GetProperty("customId").GetString());
        Assert.Equal(3, invalid.GetProperty("line").GetInt32());
        string[] codes = invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();
        Assert.Contains("value_not_allowed", codes);
        Assert.Contains("batch_streaming", codes);
        Assert.Equal(0, server.Count);
    }

    [Fact]
    public async Task Create_reports_unreadable_lines_in_text_with_their_line_numbers()
    {
        using var folder = new TempFolder();
        using var server = new ConnectionCounter();
        await File.WriteAllLinesAsync(folder["requests.jsonl"], new[] { MixedLines[0], "{not json", """{"model":"gpt-image-2","prompt":"no id"}""" });

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "create", "requests.jsonl", "--base-url", server.BaseAddress.ToString());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("requests.jsonl: 3 requests, 1 valid for /v1/images/generations, 2 invalid", run.Stderr);
        Assert.Contains("  line 2:", run.Stderr);
        Assert.Contains("batch_line_unreadable: The line is not valid JSON", run.Stderr);
        Assert.Contains("  line 3:", run.Stderr);
        Assert.Contains("The line has no custom_id", run.Stderr);
        Assert.Contains("Nothing was sent: fix the invalid lines, or pass --skip-invalid", run.Stderr);
        Assert.Equal(0, server.Count);
    }

    [Fact]
    public async Task Create_dry_run_prices_the_valid_lines_as_single_calls_at_half_price_and_connects_to_nothing()
    {
        using var folder = new TempFolder();
        using var server = new ConnectionCounter();
        await File.WriteAllLinesAsync(folder["requests.jsonl"], MixedLines);
        // The single-call estimates of the two valid lines, from imagegen generate (another path than the batch writer's sum).
        decimal[] fox = await SingleCallEstimateAsync(folder, server, "a red fox in snow", "1024x1024", "low");
        decimal[] owl = await SingleCallEstimateAsync(folder, server, "an owl at dusk", "1536x1024", "medium");

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "create", "requests.jsonl", "--skip-invalid", "--dry-run",
            "--base-url", server.BaseAddress.ToString(), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement json = run.Json();
        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.False(json.GetProperty("sent").GetBoolean());
        JsonElement estimate = json.GetProperty("estimate");
        Assert.Equal(2, estimate.GetProperty("lines").GetInt32());
        Assert.Equal(fox[0] + owl[0], estimate.GetProperty("listMinUsd").GetDecimal());
        Assert.Equal(fox[1] + owl[1], estimate.GetProperty("listMaxUsd").GetDecimal());
        Assert.Equal(0.5m, estimate.GetProperty("discount").GetDecimal()); // spec: batch.discount 0.5, confirmed false
        Assert.False(estimate.GetProperty("discountConfirmed").GetBoolean());
        Assert.Equal((fox[0] + owl[0]) / 2m, estimate.GetProperty("minUsd").GetDecimal());
        Assert.Equal((fox[1] + owl[1]) / 2m, estimate.GetProperty("maxUsd").GetDecimal());
        Assert.Equal("bad", Assert.Single(json.GetProperty("invalidLines").EnumerateArray()).GetProperty("customId").GetString());
        Assert.Equal(0, server.Count);
    }

    [Fact]
    public async Task Create_then_status_then_results_run_a_batch_on_the_emulator_and_write_one_png_per_custom_id()
    {
        using var folder = new TempFolder();
        await using ImageEmulator emulator = await ImageEmulator.StartAsync(new ImageEmulatorOptions { ApiKey = Key });
        string baseUrl = emulator.BaseAddress.ToString();
        await File.WriteAllLinesAsync(folder["requests.jsonl"], MixedLines.Take(2));

        ProcessResult created = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "create", "requests.jsonl", "--metadata", "run=nightly", "--base-url", baseUrl);
        Assert.True(created.ExitCode == 0, created.ToString());
        string line = created.Stdout.Split('\n').Single(l => l.StartsWith("created batch ", StringComparison.Ordinal));
        string id = line.Split(' ')[2];
        Assert.StartsWith("batch_", id);
        Assert.Contains("estimated cost: $", created.Stdout);
        Assert.Contains("batch discount 50%, UNCONFIRMED", created.Stdout);

        ProcessResult status = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "status", id, "--wait", "--base-url", baseUrl, "--json");
        Assert.True(status.ExitCode == 0, status.ToString());
        JsonElement batch = status.Json().GetProperty("batch");
        Assert.Equal(id, batch.GetProperty("id").GetString());
        Assert.Equal("completed", batch.GetProperty("status").GetString());
        Assert.Equal(2, batch.GetProperty("requestCounts").GetProperty("total").GetInt32());
        Assert.Equal(2, batch.GetProperty("requestCounts").GetProperty("completed").GetInt32());
        Assert.Equal("nightly", batch.GetProperty("metadata").GetProperty("run").GetString());
        Assert.Contains("completed: 2 completed, 0 failed of 2", status.Stderr);

        ProcessResult results = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "results", id, "--out", "images", "--base-url", baseUrl);
        Assert.True(results.ExitCode == 0, results.ToString());
        Assert.Equal((1024, 1024), PngFile.ReadHeader(folder["images/fox-1.png"]));
        Assert.Equal((1536, 1024), PngFile.ReadHeader(folder["images/owl-1.png"]));
        Assert.Contains("  fox: fox-1.png", results.Stdout);
        Assert.Contains("2 succeeded, 0 failed; images in " + folder["images"], results.Stdout);
        Assert.Contains("actual cost: $", results.Stdout);
    }

    [Fact]
    public async Task Results_report_each_failed_line_by_custom_id_exit_1_and_price_the_usage_at_the_batch_discount()
    {
        using var folder = new TempFolder();
        await using ImageEmulator emulator = await ImageEmulator.StartAsync(new ImageEmulatorOptions { ApiKey = Key });
        // Sent around the CLI (which would refuse the bad line), so the emulator's own check fails it.
        string id = await CreateRawBatchAsync(emulator.BaseAddress, new[]
        {
            """{"custom_id":"fox","method":"POST","url":"/v1/images/generations","body":{"model":"gpt-image-2","prompt":"a red fox in snow","size":"1024x1024","quality":"low"}}""",
            """{"custom_id":"bad","method":"POST","url":"/v1/images/generations","body":{"model":"gpt-image-2","prompt":"a cat","quality":"ultra"}}""",
        });

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "results", id, "--out", "out", "--base-url", emulator.BaseAddress.ToString(), "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("custom_id \"bad\"", run.Stderr);
        Assert.Contains("status 400", run.Stderr);
        JsonElement json = run.Json();
        JsonElement[] lines = json.GetProperty("results").EnumerateArray().ToArray();
        JsonElement fox = lines.Single(l => l.GetProperty("customId").GetString() == "fox");
        JsonElement bad = lines.Single(l => l.GetProperty("customId").GetString() == "bad");
        Assert.True(fox.GetProperty("success").GetBoolean());
        Assert.Equal(folder["out/fox-1.png"], Assert.Single(fox.GetProperty("files").EnumerateArray()).GetString());
        Assert.Equal((1024, 1024), PngFile.ReadHeader(folder["out/fox-1.png"]));
        Assert.False(bad.GetProperty("success").GetBoolean());
        Assert.Equal(400, bad.GetProperty("statusCode").GetInt32());
        Assert.Equal("quality", bad.GetProperty("error").GetProperty("param").GetString());
        // gpt-image-2 token prices in the spec: text input $5, image input $8, image output $30 per million; batch half price.
        JsonElement usage = fox.GetProperty("usage");
        decimal expected = (usage.GetProperty("inputTextTokens").GetInt32() * 5m + usage.GetProperty("inputImageTokens").GetInt32() * 8m
            + usage.GetProperty("outputTokens").GetInt32() * 30m) / 1_000_000m * 0.5m;
        Assert.True(expected > 0m);
        Assert.Equal(expected, fox.GetProperty("costUsd").GetDecimal());
        Assert.Equal(expected, json.GetProperty("costUsd").GetDecimal());
        Assert.Equal(0, json.GetProperty("unpricedLines").GetInt32());
    }

    [Fact]
    public async Task Status_wait_polls_until_the_batch_finishes_and_prints_each_change_of_progress()
    {
        using var folder = new TempFolder();
        using var server = new ScriptedBatchServer(new[]
        {
            ScriptedBatchServer.Batch("batch_w", "validating", 0, 0, 0),
            ScriptedBatchServer.Batch("batch_w", "in_progress", 1, 0, 3),
            ScriptedBatchServer.Batch("batch_w", "in_progress", 2, 1, 3),
            ScriptedBatchServer.Batch("batch_w", "completed", 2, 1, 3),
        });

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "status", "batch_w", "--wait", "--poll-seconds", "0.05", "--base-url", server.BaseAddress.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] progress = run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(" of ", StringComparison.Ordinal) && !l.Contains("requests:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(new[]
        {
            "  validating: 0 completed, 0 failed of 0",
            "  in_progress: 1 completed, 0 failed of 3",
            "  in_progress: 2 completed, 1 failed of 3",
            "  completed: 2 completed, 1 failed of 3",
        }, progress);
        Assert.Contains("batch batch_w: completed", run.Stdout);
        Assert.Equal(4, server.Requests.Count(r => r == "GET /v1/batches/batch_w"));
    }

    [Fact]
    public async Task Cancel_prints_the_batch_the_api_returns()
    {
        using var folder = new TempFolder();
        using var server = new ScriptedBatchServer(new[] { ScriptedBatchServer.Batch("batch_c", "in_progress", 1, 0, 5) }, cancel: ScriptedBatchServer.Batch("batch_c", "cancelling", 1, 0, 5));

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "cancel", "batch_c", "--base-url", server.BaseAddress.ToString(), "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("cancelling", run.Json().GetProperty("batch").GetProperty("status").GetString());
        Assert.Equal(new[] { "POST /v1/batches/batch_c/cancel" }, server.Requests);
    }

    [Fact]
    public async Task Cancelling_a_finished_batch_exits_1_with_the_apis_reason()
    {
        using var folder = new TempFolder();
        await using ImageEmulator emulator = await ImageEmulator.StartAsync(new ImageEmulatorOptions { ApiKey = Key });
        string id = await CreateRawBatchAsync(emulator.BaseAddress, new[] { """{"custom_id":"a","method":"POST","url":"/v1/images/generations","body":{"model":"gpt-image-2","prompt":"a fox","quality":"low"}}""" });

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "cancel", id, "--base-url", emulator.BaseAddress.ToString());

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Cannot cancel a batch with status 'completed'", run.Stderr);
    }

    [Fact]
    public async Task Metadata_beyond_the_apis_limits_is_a_usage_error_before_anything_is_uploaded()
    {
        using var folder = new TempFolder();
        await using ImageEmulator emulator = await ImageEmulator.StartAsync(new ImageEmulatorOptions { ApiKey = Key });
        await File.WriteAllLinesAsync(folder["requests.jsonl"], MixedLines.Take(1));

        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "batch", "create", "requests.jsonl", "--metadata", new string('k', 65) + "=v", "--base-url", emulator.BaseAddress.ToString());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--metadata: Batch metadata key", run.Stderr);
        Assert.DoesNotContain("(Parameter", run.Stderr);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("results")]
    [InlineData("cancel")]
    public async Task Without_a_key_or_base_url_a_batch_command_says_which_server_it_needs(string subcommand)
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "batch", subcommand, "batch_x");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("imagegen batch " + subcommand + " needs the server that holds the batch", run.Stderr);
        Assert.Contains("--base-url", run.Stderr);
    }

    private static async Task<decimal[]> SingleCallEstimateAsync(TempFolder folder, ConnectionCounter server, string prompt, string size, string quality)
    {
        ProcessResult run = await Imagegen.RunAsync(folder.Path, WithKey, "generate", prompt, "--model", "gpt-image-2", "--size", size, "--quality", quality,
            "--dry-run", "--json", "--base-url", server.BaseAddress.ToString());
        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement estimate = run.Json().GetProperty("estimate");
        return new[] { estimate.GetProperty("minUsd").GetDecimal(), estimate.GetProperty("maxUsd").GetDecimal() };
    }

    /// <summary>Uploads JSONL (purpose batch) and creates a batch with plain HTTP, bypassing imagegen's checks.</summary>
    private static async Task<string> CreateRawBatchAsync(Uri baseAddress, IEnumerable<string> lines)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("batch"), "purpose" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n")), "file", "batch.jsonl" },
        };
        using HttpResponseMessage uploaded = await http.PostAsync("files", form);
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());
        string fileId = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        using var create = new StringContent("{\"input_file_id\":\"" + fileId + "\",\"endpoint\":\"/v1/images/generations\",\"completion_window\":\"24h\"}", Encoding.UTF8, "application/json");
        using HttpResponseMessage batch = await http.PostAsync("batches", create);
        Assert.True(batch.IsSuccessStatusCode, await batch.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await batch.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }
}
