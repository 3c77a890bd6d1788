using System.Text.Json;
using ImageContracts.Cli.Tests.Support;

namespace ImageContracts.Cli.Tests;

/// <summary><c>imagegen validate FILE.json</c>: a raw request body checked and priced, nothing sent.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task A_valid_body_exits_0_with_its_estimate()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["body.json"], """{"model": "gpt-image-1.5", "prompt": "a fox", "size": "1024x1024", "quality": "high", "n": 2}""");

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "validate", "body.json", "--endpoint", "generations", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        JsonElement json = run.Json();
        Assert.True(json.GetProperty("validation").GetProperty("valid").GetBoolean());
        Assert.Equal(8320, json.GetProperty("estimate").GetProperty("outputImageTokens").GetInt32()); // 2 x 4160 (spec table, high 1024x1024)
    }

    [Fact]
    public async Task An_invalid_body_exits_2_naming_each_parameter_and_what_is_allowed()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["body.json"], """{"model": "dall-e-3", "prompt": "a fox", "size": "512x512", "n": 2}""");

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "validate", "body.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("body.json (generations): INVALID (2 errors)", run.Stderr);
        Assert.Contains("error value_not_allowed [size]: Invalid value '512x512' for 'size' on dall-e-3. Allowed: 1024x1024, 1792x1024, 1024x1792.", run.Stderr);
        Assert.Contains("error out_of_range [n]: Value 2 for 'n' on dall-e-3 is out of range. Allowed: 1 to 1.", run.Stderr);
    }

    [Fact]
    public async Task A_json_edit_body_has_its_image_references_checked()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["edit.json"], """{"model": "gpt-image-2", "prompt": "add a hat", "images": [{"file_id": "file-abc"}], "mask": {"image_url": "https://example.invalid/mask.png"}, "quality": "low"}""");

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "validate", "edit.json", "--endpoint", "edits", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Json().GetProperty("validation").GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData("not json at all", "is not valid JSON")]
    [InlineData("[1, 2]", "a request body is a JSON object")]
    public async Task A_file_that_is_not_a_request_body_exits_2(string content, string message)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["body.json"], content);

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "validate", "body.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }
}
