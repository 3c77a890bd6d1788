using System.Globalization;

namespace ImageContracts;

/// <summary>The estimated cost of a request before it is sent.</summary>
/// <remarks>Token counts are totals for the whole request (output parts include all <c>n</c> images). When a part is
/// flagged in <see cref="Estimated"/>, its token count is the upper end of its range. Token counts are null when the
/// model is priced per image only (DALL·E) or when the count is unknown.</remarks>
public sealed class CostEstimate
{
    /// <summary>Input text tokens (upper bound when estimated), or null when unknown / not priced by token.</summary>
    public int? InputTextTokens { get; init; }

    /// <summary>Input image tokens (edits / reference images), or null when not priced by token.</summary>
    public int? InputImageTokens { get; init; }

    /// <summary>Image output tokens for all images (upper bound when estimated), or null when not priced by token.</summary>
    public int? OutputImageTokens { get; init; }

    /// <summary>Image output tokens of partial images for all images (upper bound when estimated), or null when not applicable.</summary>
    public int? PartialImageTokens { get; init; }

    /// <summary>Lowest expected cost in USD.</summary>
    public decimal MinUsd { get; init; }

    /// <summary>Highest expected cost in USD. When <see cref="IsOpenEnded"/> is true this is only the part of the cost
    /// that is known, not a maximum.</summary>
    public decimal MaxUsd { get; init; }

    /// <summary>The parts left out of <see cref="MaxUsd"/> because the spec cannot price them (an unpriced quality such as
    /// <c>xhigh</c>, GIF or SVG output, a model without output prices, input images that cannot be inspected, a tool prompt
    /// of unknown length): <see cref="MaxUsd"/> is then no upper bound, and <see cref="Note"/> says why.</summary>
    public CostParts Unbounded { get; init; }

    /// <summary>True when the request can cost more than <see cref="MaxUsd"/> (see <see cref="Unbounded"/>).</summary>
    public bool IsOpenEnded => Unbounded != CostParts.None;

    /// <summary>Which parts are estimated.</summary>
    public CostParts Estimated { get; init; }

    /// <summary>True when nothing is estimated and <see cref="MinUsd"/> equals <see cref="MaxUsd"/>.</summary>
    public bool IsExact => Estimated == CostParts.None && !IsOpenEnded && MinUsd == MaxUsd;

    /// <summary>Why the estimate is a range or inexact, or null when exact.</summary>
    public string? Note { get; init; }

    /// <summary>Formats as <c>$0.24832</c>, <c>$0.011–$0.25 (estimated: OutputImage)</c> or, open-ended,
    /// <c>$0.0001–? (estimated: OutputImage)</c>.</summary>
    public override string ToString()
    {
        string text = IsOpenEnded
            ? "$" + MinUsd.ToString("0.######", CultureInfo.InvariantCulture) + "–?"
            : MinUsd == MaxUsd
            ? "$" + MinUsd.ToString("0.######", CultureInfo.InvariantCulture)
            : "$" + MinUsd.ToString("0.######", CultureInfo.InvariantCulture) + "–$" + MaxUsd.ToString("0.######", CultureInfo.InvariantCulture);
        return Estimated == CostParts.None ? text : text + " (estimated: " + Estimated + ")";
    }
}
