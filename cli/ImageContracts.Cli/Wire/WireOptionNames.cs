using System;
using System.Text;

namespace ImageContracts.Cli.Wire;

/// <summary>Maps between the API's wire names (<c>output_format</c>) and option names (<c>--output-format</c>).</summary>
internal static class WireOptionNames
{
    /// <summary>Short option names the command line offers besides the spelled-out wire name.</summary>
    public static readonly (string Option, string WireName)[] Aliases =
    {
        ("--compression", "output_compression"),
        ("--frames", "frame_count"),
        ("--frame-duration", "frame_duration_ms"),
    };

    /// <summary><c>output_format</c> becomes <c>--output-format</c>.</summary>
    public static string ToOption(string wireName) => "--" + wireName.Replace('_', '-');

    /// <summary><c>--output-format</c> becomes <c>output_format</c>, an alias its wire name.</summary>
    public static string ToWireName(string option)
    {
        foreach ((string alias, string wire) in Aliases)
        {
            if (string.Equals(alias, option, StringComparison.Ordinal))
            {
                return wire;
            }
        }

        var name = new StringBuilder(option.Length);
        foreach (char c in option.AsSpan().TrimStart('-'))
        {
            name.Append(c == '-' ? '_' : c);
        }

        return name.ToString();
    }
}
