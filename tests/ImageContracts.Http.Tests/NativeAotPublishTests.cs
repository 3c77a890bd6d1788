using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>
/// Publishes AotConsumer with Native AOT (the ImageContracts assembly rooted whole, trim and AOT warnings as errors),
/// then runs the native executable against a test server: generate, the Image API stream, the Responses stream and
/// the Microsoft.Extensions.AI adapter.
/// </summary>
public class NativeAotPublishTests
{
    [Fact]
    public Task The_runtime_publishes_with_native_aot_without_warnings_and_works() => Limit.Run(async token =>
    {
        string project = Path.Combine(SourceDirectory(), "AotConsumer", "AotConsumer.csproj");
        string artifacts = Directory.CreateTempSubdirectory("ic-aot-").FullName;
        try
        {
            (int exit, string output) = await RunAsync("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "--artifacts-path", artifacts, "-nologo"], token);
            Assert.True(exit == 0, output);
            Assert.DoesNotContain("warning IL", output);   // IL2xxx trim and IL3xxx AOT warnings
            string exe = Directory.GetFiles(artifacts, "AotConsumer", SearchOption.AllDirectories).Single(f => f.Contains(Path.DirectorySeparatorChar + "publish" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

            byte[] image = Payloads.Image(3, 4000);
            await using var server = await TestServer.StartAsync((ctx, r) =>
                r.Path.EndsWith("responses", StringComparison.Ordinal) ? Respond.Sse(ctx, Payloads.ResponsesStream(new[] { image }, image))
                : r.BodyText.Contains("\"stream\":true", StringComparison.Ordinal) ? Respond.Sse(ctx, Payloads.ImageStream("image_generation", new[] { image }, image))
                : Respond.Json(ctx, Payloads.ImagesResponse(image)));
            (int runExit, string runOutput) = await RunAsync(exe, [server.BaseAddress.ToString()], token);

            Assert.True(runExit == 0, runOutput);
            Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(exe)!, "AotConsumer.dll")), "a Native AOT publish has no managed entry assembly");
            Assert.Equal("generate 4000 cost True\nstream 2\nresponses 9\nmeai 1\n", runOutput.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }, seconds: 900);

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
