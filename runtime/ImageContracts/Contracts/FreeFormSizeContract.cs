using System;
using System.Collections.Generic;
using System.Globalization;

namespace ImageContracts;

/// <summary>Constraints on free-form <c>WIDTHxHEIGHT</c> sizes (e.g. gpt-image-2). A null bound is not checked.</summary>
public sealed class FreeFormSizeContract
{
    /// <summary>Both edges must be multiples of this many pixels.</summary>
    public int? MultipleOf { get; init; }

    /// <summary>Maximum length of the longer edge in pixels.</summary>
    public int? MaxEdge { get; init; }

    /// <summary>Maximum ratio of the longer edge to the shorter edge (3 means 3:1).</summary>
    public double? MaxAspectRatio { get; init; }

    /// <summary>Minimum total pixels (width × height), inclusive.</summary>
    public long? MinPixels { get; init; }

    /// <summary>Maximum total pixels (width × height), inclusive.</summary>
    public long? MaxPixels { get; init; }

    /// <summary>Sizes with more pixels than this are experimental (the validator warns <c>size_experimental</c>).</summary>
    public long? ExperimentalAbovePixels { get; init; }

    /// <summary>False when the free-form rules are UNCONFIRMED for this model: a size outside the listed values then
    /// gets an <c>unconfirmed</c> warning.</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>
    /// Every constraint a WIDTHxHEIGHT size breaks, as (validation code, message) pairs; empty when the size
    /// is acceptable. Shared by the validator and the generated size types' constructors.
    /// </summary>
    public IReadOnlyList<(string Code, string Message)> FindProblems(int width, int height)
        => FreeFormSizeRules.FindProblems(width, height, MultipleOf, MaxEdge, MaxAspectRatio, MinPixels, MaxPixels);

    /// <summary>Why the model would reject a WIDTHxHEIGHT size, or null when it accepts it.</summary>
    public string? Check(int width, int height)
    {
        IReadOnlyList<(string Code, string Message)> problems = FindProblems(width, height);
        if (problems.Count == 0)
        {
            return null;
        }

        var messages = new List<string>(problems.Count);
        foreach ((string _, string message) in problems)
        {
            messages.Add(message);
        }

        return string.Create(CultureInfo.InvariantCulture, $"Size {width}x{height} is not accepted: ") + string.Join("; ", messages) + ".";
    }
}
