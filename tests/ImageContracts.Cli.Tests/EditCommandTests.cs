using System.Text.Json;
using ImageContracts.Cli.Tests.Support;

namespace ImageContracts.Cli.Tests;

/// <summary><c>imagegen edit</c> with a local file: multipart to the embedded emulator, and its dry run.</summary>
public sealed class EditCommandTests
{
    [Fact]
    public async Task Edits_a_generated_picture_sent_as_multipart_and_saves_the_result()
    {
        using var folder = new TempFolder();
        ProcessResult generated = await Imagegen.RunAsync(folder.Path, "generate", "a plain teapot", "--model", "gpt-image-2", "--size", "1024x1024", "--quality", "low", "--name", "teapot");
        Assert.True(generated.ExitCode == 0, generated.ToString());

        ProcessResult dryRun = await Imagegen.RunAsync(folder.Path, "edit", "give the teapot a red hat", "--model", "gpt-image-2", "--image", "teapot.png", "--dry-run", "--json");
        Assert.True(dryRun.ExitCode == 0, dryRun.ToString());
        JsonElement[] parts = dryRun.Json().GetProperty("multipart").EnumerateArray().ToArray();
        JsonElement image = Assert.Single(parts, p => p.GetProperty("name").GetString() == "image");
        Assert.Equal("image/png", image.GetProperty("contentType").GetString());
        Assert.Equal(1024, image.GetProperty("width").GetInt32());
        Assert.Equal(new FileInfo(folder["teapot.png"]).Length, image.GetProperty("bytes").GetInt64());
        Assert.Contains(parts, p => p.GetProperty("name").GetString() == "prompt" && p.GetProperty("value").GetString() == "give the teapot a red hat");

        ProcessResult edited = await Imagegen.RunAsync(folder.Path, "edit", "give the teapot a red hat", "--model", "gpt-image-2", "--image", "teapot.png",
            "--size", "1024x1024", "--quality", "low", "--out", "edited", "--json");

        Assert.True(edited.ExitCode == 0, edited.ToString());
        JsonElement file = Assert.Single(edited.Json().GetProperty("files").EnumerateArray());
        Assert.Equal(folder["edited/imagegen.png"], file.GetProperty("path").GetString());
        Assert.Equal((1024, 1024), PngFile.ReadHeader(folder["edited/imagegen.png"]));
    }

    [Fact]
    public async Task A_missing_input_file_exits_2_naming_the_option_and_the_path()
    {
        using var folder = new TempFolder();

        ProcessResult run = await Imagegen.RunAsync(folder.Path, "edit", "add a hat", "--model", "gpt-image-2", "--image", "nowhere.png");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--image: no file 'nowhere.png' (looked at " + folder["nowhere.png"] + ")", run.Stderr);
    }
}
