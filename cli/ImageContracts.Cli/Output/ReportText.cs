using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImageContracts.Cli.Output;

/// <summary>The text forms of the engine's results, shared by the commands' human output.</summary>
internal static class ReportText
{
    /// <summary>One line per finding: <c>error value_not_allowed [size]: Invalid value ... Allowed: ...</c>.</summary>
    public static IEnumerable<string> Findings(ValidationResult result) => result.All.Select(f => "  " + f);

    /// <summary><c>valid</c>, <c>valid (1 warning)</c> or <c>INVALID (2 errors)</c>.</summary>
    public static string Verdict(ValidationResult result) =>
        result.IsValid
            ? (result.Warnings.Count == 0 ? "valid" : "valid (" + Count(result.Warnings.Count, "warning") + ")")
            : "INVALID (" + Count(result.Errors.Count, "error") + ")";

    /// <summary><c>$0.04</c> or <c>$0.01–$0.02</c>.</summary>
    public static string Usd(decimal min, decimal max) =>
        min == max ? Usd(min) : Usd(min) + "–" + Usd(max);

    public static string Usd(decimal usd) => "$" + usd.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The estimate with its tokens: <c>$0.0421 (exact); tokens: output image 1056, partial 200</c>.</summary>
    public static string Cost(CostEstimate cost)
    {
        var parts = new List<string>();
        Add(parts, "input text", cost.InputTextTokens);
        Add(parts, "input image", cost.InputImageTokens);
        Add(parts, "output image", cost.OutputImageTokens);
        Add(parts, "partial images", cost.PartialImageTokens);
        string text = Usd(cost.MinUsd, cost.MaxUsd) + (cost.IsExact ? " (exact)" : " (estimated: " + cost.Estimated + ")");
        return parts.Count == 0 ? text : text + "; tokens: " + string.Join(", ", parts);
    }

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static void Add(List<string> parts, string name, int? tokens)
    {
        if (tokens is { } count)
        {
            parts.Add(name + " " + count.ToString(CultureInfo.InvariantCulture));
        }
    }
}
