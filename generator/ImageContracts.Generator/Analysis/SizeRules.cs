using System;
using System.Collections.Generic;
using System.Globalization;
using ImageContracts.Generator.Model;

namespace ImageContracts.Generator.Analysis;

/// <summary>Free-form size checks at compile time; the same constraints the runtime applies.</summary>
internal static class SizeRules
{
    public static bool TryParse(string text, out int width, out int height)
    {
        width = height = 0;
        var x = text.IndexOf('x');
        return x > 0
            && int.TryParse(text.Substring(0, x), NumberStyles.None, CultureInfo.InvariantCulture, out width)
            && int.TryParse(text.Substring(x + 1), NumberStyles.None, CultureInfo.InvariantCulture, out height);
    }

    public static IReadOnlyList<string> Problems(FreeFormSizeSpec free, int width, int height)
    {
        var problems = new List<string>();
        if (width <= 0 || height <= 0)
        {
            problems.Add("width and height must be positive");
            return problems;
        }

        if (width % free.MultipleOf != 0 || height % free.MultipleOf != 0)
        {
            problems.Add($"both edges must be multiples of {free.MultipleOf}");
        }

        var longEdge = Math.Max(width, height);
        var shortEdge = Math.Min(width, height);
        if (longEdge > free.MaxEdge)
        {
            problems.Add($"the longer edge is {longEdge} px; the maximum is {free.MaxEdge} px");
        }

        if ((double)longEdge / shortEdge > free.MaxAspectRatio + 1e-9)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "aspect ratio {0:0.##}:1 exceeds the maximum {1:0.##}:1", (double)longEdge / shortEdge, free.MaxAspectRatio));
        }

        long pixels = (long)width * height;
        if (pixels < free.MinPixels || pixels > free.MaxPixels)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, "{0:N0} pixels; allowed: {1:N0} to {2:N0} pixels", pixels, free.MinPixels, free.MaxPixels));
        }

        return problems;
    }
}
