using System;
using System.Collections.Generic;
using System.Globalization;

#if IMAGECONTRACTS_GENERATOR
namespace ImageContracts.Generator.Shared;
#else
namespace ImageContracts;
#endif

/// <summary>
/// The constraints of free-form sizes (gpt-image-2 and later), as (validation code, message) pairs. The runtime's
/// <c>FreeFormSizeContract</c>, the generated size types and the analyzer all ask here. A null bound is not checked.
/// </summary>
internal static class FreeFormSizeRules
{
    public static List<(string Code, string Message)> FindProblems(
        int width, int height, int? multipleOf, int? maxEdge, double? maxAspectRatio, long? minPixels, long? maxPixels)
    {
        var problems = new List<(string Code, string Message)>();
        if (width <= 0 || height <= 0)
        {
            problems.Add((ValidationCodes.SizeEdge, Format("width and height must be positive (got {0}x{1})", width, height)));
            return problems;
        }

        if (multipleOf is int step && step > 0 && (width % step != 0 || height % step != 0))
        {
            problems.Add((ValidationCodes.SizeNotMultiple, Format("both edges must be multiples of {0}", step)));
        }

        int longEdge = Math.Max(width, height);
        int shortEdge = Math.Min(width, height);
        if (maxEdge is int edge && longEdge > edge)
        {
            problems.Add((ValidationCodes.SizeEdge, Format("the longer edge is {0} px; the maximum is {1} px", longEdge, edge)));
        }

        // The tolerance keeps a ratio written as 3 from rejecting 3072x1024 through rounding.
        if (maxAspectRatio is double ratio && (double)longEdge / shortEdge > ratio + 1e-9)
        {
            problems.Add((ValidationCodes.SizeAspectRatio, Format("aspect ratio {0:0.##}:1 exceeds the maximum {1:0.##}:1", (double)longEdge / shortEdge, ratio)));
        }

        long pixels = (long)width * height;
        if ((minPixels is long low && pixels < low) || (maxPixels is long high && pixels > high))
        {
            string range = minPixels is long lo && maxPixels is long hi ? Format("{0:N0} to {1:N0}", lo, hi)
                : minPixels is long least ? Format("at least {0:N0}", least)
                : Format("at most {0:N0}", maxPixels);
            problems.Add((ValidationCodes.SizePixels, Format("{0:N0} pixels; allowed: {1} pixels", pixels, range)));
        }

        return problems;
    }

    private static string Format(string format, params object?[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);
}
