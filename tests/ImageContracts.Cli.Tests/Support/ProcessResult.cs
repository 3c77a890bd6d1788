using System.Text.Json;

namespace ImageContracts.Cli.Tests.Support;

/// <summary>What an imagegen process returned and printed.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>stdout parsed as the one JSON document <c>--json</c> promises.</summary>
    public JsonElement Json()
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(Stdout);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new Xunit.Sdk.XunitException("stdout is not one JSON document (" + ex.Message + "):\n" + Stdout + "\nstderr:\n" + Stderr);
        }
    }

    public override string ToString() => "exit " + ExitCode + "\nstdout:\n" + Stdout + "\nstderr:\n" + Stderr;
}
