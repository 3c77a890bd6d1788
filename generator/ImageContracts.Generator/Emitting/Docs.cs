using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>XML documentation text built from the spec, so IntelliSense shows what the API allows.</summary>
internal static class Docs
{
    /// <summary>
    /// A property's documentation: what the parameter is (the spec's first sentence), what this model allows, and the
    /// wire name. Notes and sources stay in the spec and the contract, where the validator reports them.
    /// </summary>
    public static IReadOnlyList<string> Parameter(ParameterSpec p)
    {
        var lines = new List<string>();
        if (p.Doc is not null)
        {
            lines.Add(FirstSentence(p.Doc));
        }

        var constraints = Constraints(p);
        if (constraints.Length > 0)
        {
            lines.Add(constraints);
        }

        if (!p.Confirmed)
        {
            lines.Add("UNCONFIRMED: no source settles this parameter; the validator warns.");
        }

        if (!IsObviousWireName(p))
        {
            lines.Add($"Wire name: {p.Wire}.");
        }

        return lines;
    }

    /// <summary>The wire name is the property's name in snake case (<c>output_format</c> for <c>OutputFormat</c>).</summary>
    public static bool IsObviousWireName(ParameterSpec p)
        => p.Wire.IndexOf('.') < 0 && Helpers.Naming.PascalCase(p.Wire) == p.Name;

    /// <summary>The text up to the first full stop that ends a sentence (not one inside <c>1.5</c> or <c>e.g.</c>).</summary>
    public static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && (i < 2 || text[i - 2] != '.'))
            {
                return text.Substring(0, i + 1);
            }
        }

        return text;
    }

    public static string Constraints(ParameterSpec p)
    {
        var parts = new List<string>();
        if (p.Required)
        {
            parts.Add("Required.");
        }

        if (!p.Values.IsEmpty)
        {
            parts.Add("Allowed: " + string.Join(", ", p.Values.Select(v => v.Status == "supported" ? v.Value : $"{v.Value} ({v.Status})")) + ".");
        }

        if (p.FreeForm is { } free)
        {
            parts.Add($"Or any WIDTHxHEIGHT with both edges multiples of {free.MultipleOf}, edges up to {free.MaxEdge}, aspect ratio up to {free.MaxAspectRatio}:1, {free.MinPixels} to {free.MaxPixels} pixels.");
        }

        if (p.Minimum is not null || p.Maximum is not null)
        {
            parts.Add($"Range: {p.Minimum?.ToString() ?? "any"} to {p.Maximum?.ToString() ?? "any"}.");
        }

        if (p.MaxLength is not null)
        {
            parts.Add($"At most {p.MaxLength} characters.");
        }

        if (p.File is { } file)
        {
            parts.Add($"Formats: {string.Join(", ", file.Formats)}" + (file.MaxBytes is long max ? $"; under {max / (1024 * 1024)} MB each" : string.Empty) + $"; up to {file.MaxCount} file(s)"
                + (file.Square ? "; square" : string.Empty) + (file.Alpha ? "; with an alpha channel" : string.Empty) + ".");
        }

        if (p.Default is not null)
        {
            parts.Add($"API default: {p.Default}.");
        }

        return string.Join(" ", parts);
    }

    public static string Lifecycle(LifecycleSpec lifecycle)
    {
        var parts = new List<string>();
        if (lifecycle.Released is not null)
        {
            parts.Add($"Released {lifecycle.Released}.");
        }

        if (lifecycle.Deprecated is not null)
        {
            parts.Add($"Deprecated {lifecycle.Deprecated}.");
        }

        if (lifecycle.Shutdown is not null)
        {
            parts.Add($"Shutdown {lifecycle.Shutdown}" + (lifecycle.Confirmed ? "." : " (UNCONFIRMED)."));
        }

        if (!lifecycle.Replacements.IsEmpty)
        {
            parts.Add($"Replacement: {string.Join(" or ", lifecycle.Replacements)}.");
        }

        if (lifecycle.Note is not null)
        {
            parts.Add(lifecycle.Note);
        }

        return string.Join(" ", parts);
    }
}
