using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Cli.Output;
using ImageContracts.Emulator;

namespace ImageContracts.Cli.Commands;

/// <summary><c>imagegen serve --port 8080</c>: runs the emulator until Ctrl+C, for SDKs and tools pointed at it.</summary>
internal static class ServeCommand
{
    private static readonly Option<int> Port = new("--port", "-p") { Description = "The loopback port (0 picks a free one).", DefaultValueFactory = _ => 8080 };

    private static readonly Option<string?> ApiKey = new("--api-key") { Description = "The bearer token clients must send (default: any token is accepted)." };

    private static readonly Option<bool> Open = new("--no-auth") { Description = "Accept requests without an Authorization header." };

    public static readonly Command Command = new("serve", "Run the OpenAI-compatible emulator on 127.0.0.1 until Ctrl+C.") { Port, ApiKey, Open };

    public static async Task<int> RunAsync(ParseResult parse, CliOutput output, CancellationToken cancellationToken)
    {
        int port = parse.GetValue(Port);
        if (port is < 0 or > 65535)
        {
            throw new UsageException("--port must be 0 to 65535, not " + port + ".");
        }

        var options = new ImageEmulatorOptions { Port = port, ApiKey = parse.GetValue(ApiKey), RequireAuthentication = !parse.GetValue(Open) };
        await using ImageEmulator emulator = await ImageEmulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("baseAddress", emulator.BaseAddress.ToString());
                writer.WriteEndObject();
            });
        }
        else
        {
            output.Line("ImageContracts emulator listening on " + emulator.BaseAddress);
            output.Line("  OPENAI_BASE_URL=" + emulator.BaseAddress + "  (any SDK), or: imagegen generate --base-url " + emulator.BaseAddress + " ...");
            output.Line("Press Ctrl+C to stop.");
        }

        output.Out.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Note("stopping.");
        }

        return ExitCodes.Success;
    }
}
