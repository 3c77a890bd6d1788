using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace ImageContracts.Cli.Output;

/// <summary>
/// Where a command writes. Results go to stdout: JSON with <c>--json</c>, else text and tables. Notes (which server is
/// used, progress in JSON mode) and errors go to stderr, so stdout stays parseable.
/// </summary>
internal sealed class CliOutput
{
    public CliOutput(TextWriter stdout, TextWriter stderr, bool json, bool stdoutRedirected)
    {
        Out = stdout;
        Error = stderr;
        Json = json;
        IsInteractive = !stdoutRedirected && !json;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (stdoutRedirected)
        {
            Console.Profile.Width = 200; // a file or pipe has no width: keep table rows on one line
        }
    }

    /// <summary>stdout.</summary>
    public TextWriter Out { get; }

    /// <summary>stderr.</summary>
    public TextWriter Error { get; }

    /// <summary>True with <c>--json</c>.</summary>
    public bool Json { get; }

    /// <summary>True when stdout is a terminal and the output is for a person (live progress, colours).</summary>
    public bool IsInteractive { get; }

    /// <summary>Spectre over stdout (tables, progress).</summary>
    public IAnsiConsole Console { get; }

    /// <summary>A line on stderr.</summary>
    public void Note(string text) => Error.WriteLine(text);

    /// <summary>A line on stdout (text mode).</summary>
    public void Line(string text = "") => Out.WriteLine(text);

    /// <summary>Writes one JSON document to stdout.</summary>
    public void WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        Out.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
