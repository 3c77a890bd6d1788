using System.Diagnostics;
using ImageContracts.Emulator.Tests.Support;
using Xunit.Abstractions;

namespace ImageContracts.Emulator.Tests;

/// <summary>Runs tests/sdk-node (the official openai npm package 7.59.0 under node:test) against an emulator started
/// here; installs the pinned package with <c>npm ci</c> first when it is missing.</summary>
public sealed class OfficialNodeSdkTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_official_npm_package_passes_its_scenarios_against_the_emulator()
    {
        string folder = SdkFolder();
        if (!File.Exists(Path.Combine(folder, "node_modules", "openai", "package.json")))
        {
            (int installed, string log) = await RunAsync("bash", "run.sh", folder, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
            Assert.True(installed == 0, "npm ci failed:\n" + log);
        }

        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        (int code, string text) = await RunAsync("node", "--test emulator.test.mjs", folder, new Dictionary<string, string>
        {
            ["EMULATOR_BASE_URL"] = server.BaseAddress.ToString(),
            ["EMULATOR_API_KEY"] = Emulators.ApiKey,
        }, TimeSpan.FromMinutes(5));
        output.WriteLine(text);
        Assert.True(code == 0, "node --test failed:\n" + text);
        Assert.Contains("# fail 0", text);
    }

    private static string SdkFolder()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "sdk-node");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/sdk-node not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int Code, string Output)> RunAsync(string file, string arguments, string folder, Dictionary<string, string> environment, TimeSpan deadline)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (KeyValuePair<string, string> pair in environment)
        {
            start.Environment[pair.Key] = pair.Value;
        }

        start.Environment.Remove("OPENAI_API_KEY"); // the SDK must use the emulator's key only
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {deadline}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
