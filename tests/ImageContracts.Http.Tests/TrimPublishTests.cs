using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>
/// Publishes TrimConsumer trimmed and self-contained (the ImageContracts assembly rooted whole, trim warnings as
/// errors), then runs the published program against a test server. Native AOT is not published: this machine's
/// registry has no <c>Microsoft.NETCore.App.Runtime.NativeAOT.linux-x64</c>; the runtime is <c>IsAotCompatible</c>, so
/// the AOT and trim analyzers run on every build of it.
/// </summary>
public class TrimPublishTests
{
    [Fact]
    public Task The_runtime_publishes_trimmed_without_warnings_and_works() => Limit.Run(async token =>
    {
        string project = Path.Combine(SourceDirectory(), "TrimConsumer", "TrimConsumer.csproj");
        string artifacts = Directory.CreateTempSubdirectory("ic-trim-").FullName;
        try
        {
            (int exit, string output) = await RunAsync("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "--artifacts-path", artifacts, "-nologo"], token);
            Assert.True(exit == 0, output);
            Assert.DoesNotContain("warning IL", output);
            string exe = Directory.GetFiles(artifacts, "TrimConsumer", SearchOption.AllDirectories).Single(f => f.Contains(Path.DirectorySeparatorChar + "publish" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

            byte[] image = Payloads.Image(3, 4000);
            await using var server = await TestServer.StartAsync((ctx, r) =>
                r.Path.EndsWith("responses", StringComparison.Ordinal) ? Respond.Sse(ctx, Payloads.ResponsesStream(new[] { image }, image))
                : r.BodyText.Contains("\"stream\":true", StringComparison.Ordinal) ? Respond.Sse(ctx, Payloads.ImageStream("image_generation", new[] { image }, image))
                : Respond.Json(ctx, Payloads.ImagesResponse(image)));
            (int runExit, string runOutput) = await RunAsync(exe, [server.BaseAddress.ToString()], token);

            Assert.True(runExit == 0, runOutput);
            Assert.Equal("generate 4000 cost True\nstream 2\nresponses 9\nmeai 1\n", runOutput.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }, seconds: 400);

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static async Task<(int Exit, string Output)> RunAsync(string file, string[] arguments, CancellationToken token)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        Task stdout = Task.Run(async () => output.Append(await process.StandardOutput.ReadToEndAsync(token)), token);
        Task stderr = Task.Run(async () => output.Append(await process.StandardError.ReadToEndAsync(token)), token);
        try
        {
            await process.WaitForExitAsync(token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        await Task.WhenAll(stdout, stderr);
        return (process.ExitCode, output.ToString());
    }
}
