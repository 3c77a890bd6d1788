using System.Collections.Generic;

namespace ImageContracts.Cli.Wire;

/// <summary>What the command line said about a request, still as text: wire names to values, and file arguments.</summary>
internal sealed class WireArguments
{
    /// <summary><c>--model</c>, or null when not given.</summary>
    public string? Model { get; init; }

    /// <summary>The prompt (positional or <c>--prompt</c>).</summary>
    public string? Prompt { get; init; }

    /// <summary><c>--image</c> values in order: paths, URLs or file ids.</summary>
    public IReadOnlyList<string> Images { get; init; } = new List<string>();

    /// <summary>Other parameters by wire name, in command-line order; file-valued ones hold a path, URL or file id.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; init; } = new List<KeyValuePair<string, string>>();
}
