using System;
using System.Collections.Generic;
using System.Linq;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Shared;

namespace ImageContracts.Generator.Analysis;

/// <summary>
/// Picks what a code fix offers instead of a value the model does not accept: a value another model of the
/// spec accepts maps by its rank in that model's list (the spec lists ordered values from least to most:
/// DALL·E's <c>hd</c> is the top of standard..hd, so it becomes the top of low..high, not <c>low</c>); sizes go
/// to the nearest valid size by pixels; anything else to the closest spelling.
/// </summary>
internal static class NearestValue
{
    /// <summary>Not a rank: the API chooses.</summary>
    private const string Auto = "auto";

    /// <summary>The allowed value closest to <paramref name="text"/> for <paramref name="wire"/>, or null when none is allowed.</summary>
    public static string? For(string text, string wire, IReadOnlyList<string> allowed, SpecModel spec)
    {
        if (allowed.Count == 0)
        {
            return null;
        }

        if (SizeText.TryParse(text, out var width, out var height))
        {
            return NearestSize(width, height, allowed, free: null) ?? BySpelling(text, allowed);
        }

        return ByRank(text, wire, allowed, spec) ?? BySpelling(text, allowed);
    }

    /// <summary>
    /// The valid size nearest to <paramref name="width"/>×<paramref name="height"/>: the size rounded to the
    /// free-form rules when that passes them, else the listed size at the smallest pixel distance.
    /// </summary>
    public static string? NearestSize(int width, int height, IReadOnlyList<string> allowed, FreeFormSizeSpec? free)
    {
        if (free is not null && free.MultipleOf > 0)
        {
            var roundedWidth = Round(width, free.MultipleOf);
            var roundedHeight = Round(height, free.MultipleOf);
            if (free.Problems(roundedWidth, roundedHeight).Count == 0)
            {
                return $"{roundedWidth}x{roundedHeight}";
            }
        }

        string? best = null;
        var bestDistance = long.MaxValue;
        foreach (var size in allowed)
        {
            if (SizeText.TryParse(size, out var w, out var h))
            {
                var distance = (long)Math.Abs(w - width) + Math.Abs(h - height);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (size, distance);
                }
            }
        }

        return best;

        static int Round(int value, int multiple) => Math.Max(multiple, (int)Math.Round((double)value / multiple, MidpointRounding.AwayFromZero) * multiple);
    }

    /// <summary>Maps a value another model lists for the same parameter onto the same relative rank here.</summary>
    private static string? ByRank(string text, string wire, IReadOnlyList<string> allowed, SpecModel spec)
    {
        var target = allowed.Where(v => v != Auto).ToList();
        if (target.Count == 0)
        {
            return null;
        }

        foreach (var list in spec.Models.SelectMany(m => m.Endpoints).SelectMany(e => e.Parameters).Where(p => p.Wire == wire).Select(p => p.Values))
        {
            var ranked = list.Select(v => v.Value).Where(v => v != Auto).ToList();
            var position = ranked.FindIndex(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase));
            if (position < 0 || ranked.Count < 2)
            {
                continue;
            }

            var relative = (double)position / (ranked.Count - 1);
            return target[(int)Math.Round(relative * (target.Count - 1), MidpointRounding.AwayFromZero)];
        }

        return null;
    }

    private static string BySpelling(string text, IReadOnlyList<string> allowed)
        => allowed.OrderBy(a => Distance(text.ToLowerInvariant(), a.ToLowerInvariant())).First();

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }

        return row[b.Length];
    }
}
