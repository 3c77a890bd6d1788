using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Emitting;

/// <summary>XML documentation text built from the spec, so IntelliSense shows what the API allows.</summary>
internal static class Docs
{
    public static IReadOnlyList<string> Parameter(ParameterSpec p)
    {
        var lines = new List<string>();
        if (p.Doc is not null)
        {
            lines.Add(p.Doc);
        }

        lines.Add(Constraints(p));
        if (p.Note is not null)
        {
            lines.Add(p.Note);
        }

        if (!p.Confirmed)
        {
            lines.Add("UNCONFIRMED: no source settles this parameter; the validator warns.");
        }

        lines.Add($"Wire name: {p.Wire}. Source: {p.Source}.");
        return lines;
    }

    public static string Constraints(ParameterSpec p)
    {
        var parts = new List<string>();
        parts.Add(p.Required ? "Required." : "Optional; not sent unless set.");
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
            parts.Add($"Formats: {string.Join(", ", file.Formats)}; under {file.MaxBytes / (1024 * 1024)} MB each; up to {file.MaxCount} file(s)"
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
