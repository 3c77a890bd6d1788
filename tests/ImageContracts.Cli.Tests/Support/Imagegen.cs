using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace ImageContracts.Cli.Tests.Support;

/// <summary>Runs the built imagegen as a child process (<c>dotnet exec ImageContracts.Cli.dll ...</c>) with a deadline,
/// without OPENAI_API_KEY unless a test sets it, in a working folder of the test's own.</summary>
internal static class Imagegen
{
    /// <summary>Generous: the CI machine is shared and a first run JIT-compiles the CLI and starts Kestrel.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    public static readonly string Dll = typeof(Imagegen).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ImagegenDll").Value!;

    public static async Task<ProcessResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("OPENAI_API_KEY");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach ((string name, string? value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("imagegen " + string.Join(' ', args) + " did not finish within " + Deadline.TotalSeconds + " s. stderr so far: " + (stderr.IsCompleted ? stderr.Result : "(open)"));
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<ProcessResult> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);
}
