using System.Text.Json;
using ImageContracts.Cli.Tests.Support;
using ImageContracts.Emulator;

namespace ImageContracts.Cli.Tests;

/// <summary><c>imagegen generate</c> as a process: against the emulator it embeds when OPENAI_API_KEY is unset, or a
/// server named by --base-url.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Streams_partial_images_into_the_out_folder_and_reports_every_file_as_json()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "generate", "a lighthouse on a cliff at dawn", "--model", "gpt-image-2",
            "--size", "1024x1024", "--quality", "low", "--partial-images", "2", "--out", "out", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("OPENAI_API_KEY is not set: using the embedded ImageContracts emulator at http://127.0.0.1:", run.Stderr);
        JsonElement json = run.Json();
        Assert.Equal("emulator", json.GetProperty("server").GetString());
        Assert.True(json.GetProperty("validation").GetProperty("valid").GetBoolean());
        JsonElement[] files = json.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(new[] { "partial", "partial", "final" }, files.Select(f => f.GetProperty("kind").GetString()).ToArray());
        Assert.Equal(new[] { "imagegen.partial-0.png", "imagegen.partial-1.png", "imagegen.png" }, files.Select(f => Path.GetFileName(f.GetProperty("path").GetString())).ToArray());
        foreach (JsonElement file in files)
        {
            string path = file.GetProperty("path").GetString()!;
            Assert.Equal(folder["out"], Path.GetDirectoryName(path));
            Assert.Equal((1024, 1024), PngFile.ReadHeader(path));
            Assert.Equal(new FileInfo(path).Length, file.GetProperty("bytes").GetInt64());
        }
    }

    [Fact]
    public async Task Prints_plain_lines_without_terminal_codes_when_output_is_redirected()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "generate", "a red fox in the snow", "--model", "gpt-image-2",
            "--size", "1024x1024", "--quality", "low", "--partial-images", "1", "--out", "pictures");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain('\u001b', run.Stdout);
        string[] lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("POST /images/generations gpt-image-2 (emulator): valid; estimated $", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("partial 1: " + folder["pictures/imagegen.partial-0.png"] + " (1024x1024 png, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("cost: $", StringComparison.Ordinal) && l.Contains("what the API would have charged", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("image: " + folder["pictures/imagegen.png"] + " (1024x1024 png, ", StringComparison.Ordinal));
        Assert.Contains("files in " + folder["pictures"], lines);
        Assert.Equal((1024, 1024), PngFile.ReadHeader(folder["pictures/imagegen.png"]));
    }

    [Fact]
    public async Task Dry_run_prints_the_validated_wire_request_and_estimate_and_connects_to_nothing()
    {
        using var folder = new TempFolder();
        using var server = new ConnectionCounter();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "generate", "--prompt", "a fox", "--model", "gpt-image-2", "--quality", "high",
            "--size", "1536x1024", "--partial-images", "2", "--dry-run", "--json", "--base-url", server.BaseAddress.ToString());

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement json = run.Json();
        Assert.True(json.GetProperty("dryRun").GetBoolean());
        Assert.False(json.GetProperty("sent").GetBoolean());
        JsonElement body = json.GetProperty("body");
        Assert.Equal("gpt-image-2", body.GetProperty("model").GetString());
        Assert.Equal("a fox", body.GetProperty("prompt").GetString());
        Assert.Equal("high", body.GetProperty("quality").GetString());
        Assert.Equal("1536x1024", body.GetProperty("size").GetString());
        Assert.Equal(2, body.GetProperty("partial_images").GetInt32());
        Assert.True(body.GetProperty("stream").GetBoolean()); // partial images come only over a stream
        JsonElement estimate = json.GetProperty("estimate");
        Assert.True(estimate.GetProperty("minUsd").GetDecimal() > 0m);
        Assert.Equal(200, estimate.GetProperty("partialImageTokens").GetInt32()); // spec: 100 tokens per partial image
        Assert.Equal(0, server.Count);
        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Dry_run_without_a_key_does_not_start_the_emulator_and_says_nothing_was_sent()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "generate", "a fox", "--model", "gpt-image-2", "--dry-run");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("emulator", run.Stderr);
        Assert.Contains("\"prompt\": \"a fox\"", run.Stdout);
        Assert.Contains("estimated cost: $", run.Stdout);
        Assert.Contains("dry run: nothing was sent.", run.Stdout);
    }

    [Fact]
    public async Task A_value_the_model_does_not_accept_exits_2_naming_the_parameter_and_the_allowed_values()
    {
        using var folder = new TempFolder();
        using var server = new ConnectionCounter();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "generate", "a fox", "--model", "gpt-image-1-mini", "--quality", "ultra",
            "--base-url", server.BaseAddress.ToString());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("INVALID (1 error)", run.Stderr);
        Assert.Contains("error value_not_allowed [quality]: Invalid value 'ultra' for 'quality' on gpt-image-1-mini. Allowed: low, medium, high, auto.", run.Stderr);
        Assert.Contains("Nothing was sent.", run.Stderr);
        Assert.Equal(0, server.Count);
    }

    [Fact]
    public async Task A_bad_combination_exits_2_with_the_rule_and_what_it_requires()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "generate", "a logo", "--model", "gpt-image-1-mini", "--background", "transparent", "--output-format", "jpeg", "--json");

        Assert.Equal(2, run.ExitCode);
        JsonElement json = run.Json();
        JsonElement error = Assert.Single(json.GetProperty("validation").GetProperty("errors").EnumerateArray());
        Assert.Equal("rule:transparent-background-format", error.GetProperty("code").GetString());
        Assert.Contains("png or webp", error.GetProperty("message").GetString());
        Assert.False(json.GetProperty("sent").GetBoolean());
    }

    [Fact]
    public async Task An_option_the_command_does_not_declare_goes_by_its_wire_name_to_validation()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "generate", "a fox", "--model", "gpt-image-1-mini", "--seed", "42", "--frames", "4", "--json");

        Assert.Equal(2, run.ExitCode);
        JsonElement json = run.Json();
        Assert.Equal(42, json.GetProperty("body").GetProperty("seed").GetInt32());
        string[] unknown = json.GetProperty("validation").GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("code").GetString() == "unknown_parameter").Select(e => e.GetProperty("parameter").GetString()!).Order().ToArray();
        Assert.Equal(new[] { "frame_count", "seed" }, unknown);
    }

    [Theory]
    [InlineData("paint", "a fox")]
    [InlineData("generate", "a fox", "--base-url", "not-a-url")]
    [InlineData("generate", "a fox", "--out")]
    public async Task Command_line_mistakes_exit_2(params string[] args)
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error:", run.Stderr);
    }

    [Fact]
    public async Task An_api_error_exits_1_with_the_servers_error_as_json()
    {
        using var folder = new TempFolder();
        await using ImageEmulator emulator = await ImageEmulator.StartAsync(new ImageEmulatorOptions { ApiKey = "sk-the-right-key" });

        ProcessResult run = await Imagegen.RunAsync(folder.Path, new Dictionary<string, string?> { ["OPENAI_API_KEY"] = "sk-a-wrong-key" },
            "generate", "a fox", "--model", "gpt-image-2", "--base-url", emulator.BaseAddress.ToString(), "--json");

        Assert.True(run.ExitCode == 1, run.ToString());
        JsonElement error = run.Json().GetProperty("error");
        Assert.Equal(401, error.GetProperty("status").GetInt32());
        Assert.Equal("Authentication", error.GetProperty("kind").GetString());
        Assert.DoesNotContain("sk-a-wrong-key", run.Stdout + run.Stderr);
    }
}
