using System.Diagnostics;
using System.Text;

namespace ImageContracts.PackageTests;

/// <summary>The outcome of one CLI call, printable in an assertion message.</summary>
public sealed record ToolResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    public override string ToString()
        => $"$ {CommandLine}\n  (in {WorkingDirectory}; exit {(TimedOut ? "TIMED OUT" : ExitCode.ToString())} after {Elapsed.TotalSeconds:0.0}s)\n{Output}";
}

/// <summary>Runs the dotnet CLI with a timeout, capturing stdout and stderr together.</summary>
internal static class DotNetCli
{
    private static readonly string DotNet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
        ? host
        : "dotnet";

    public static ToolResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => Run(DotNet, Array.Empty<string>(), workingDirectory, timeout, environment, arguments);

    /// <summary>Runs the CLI under Debian's <c>faketime</c> (libfaketime): the process and its children see
    /// <paramref name="fakeDate"/> as the wall clock. Monotonic clocks stay real so timeouts behave.</summary>
    public static ToolResult RunAtDate(string fakeDate, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var withClock = new Dictionary<string, string>(environment ?? new Dictionary<string, string>()) { ["DONT_FAKE_MONOTONIC"] = "1" };
        return Run("faketime", new[] { fakeDate, DotNet }, workingDirectory, timeout, withClock, arguments);
    }

    private static ToolResult Run(string program, string[] prefix, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in prefix.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // `dotnet test` leaves MSBuild's own variables (MSBuildExtensionsPath, MSBUILD_EXE_PATH, ...) in the test
        // host's environment; a nested CLI call must locate its SDK by itself.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        // No build servers or reused nodes: they would outlive the call, hold the output pipes open and keep
        // stale generator assemblies loaded.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // already gone
            }
        }

        // Drain the asynchronous readers, but never hang on a pipe some grandchild still holds.
        Task.Run(() => process.WaitForExit()).Wait(TimeSpan.FromSeconds(30));
        stopwatch.Stop();

        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new ToolResult(
            string.Join(' ', prefix.Prepend(program == DotNet ? "dotnet" : program).Concat(arguments).Select(a => a.Contains(' ') ? "\"" + a + "\"" : a)),
            workingDirectory,
            timedOut ? -1 : process.ExitCode,
            timedOut,
            stopwatch.Elapsed,
            text);
    }
}
