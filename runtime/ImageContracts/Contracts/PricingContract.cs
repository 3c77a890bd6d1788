using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>Prices of a model as read from the official pages on <see cref="ReadOn"/>.</summary>
public sealed class PricingContract
{
    /// <summary>The day the prices were read.</summary>
    public DateOnly ReadOn { get; init; }

    /// <summary>Source key(s) from the spec's <c>sources:</c>; several keys are joined with <c>", "</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Per-token prices (USD per 1M tokens), or null for per-image-only models (DALL·E).</summary>
    public TokenPrices? Tokens { get; init; }

    /// <summary>Image output tokens per (quality, size); empty when unknown.</summary>
    public IReadOnlyList<OutputTokenEntry> OutputTokens { get; init; } = Array.Empty<OutputTokenEntry>();

    /// <summary>USD per output image per (quality, size); empty when unknown.</summary>
    public IReadOnlyList<PerImagePrice> PerImage { get; init; } = Array.Empty<PerImagePrice>();

    /// <summary>Image output tokens added per partial image when streaming (100 for GPT image models); 0 when not applicable.</summary>
    public int PartialImageTokens { get; init; }

    /// <summary>How input images are converted to tokens, or null when unknown.</summary>
    public InputImageTokenRule? InputImage { get; init; }

    /// <summary>Parameter values whose cost no source gives (e.g. <c>quality: xhigh</c>, <c>output_format: gif</c>): an
    /// estimate for a request using one is open-ended (<see cref="CostEstimate.IsOpenEnded"/>).</summary>
    public IReadOnlyList<UnknownCost> UnknownCosts { get; init; } = Array.Empty<UnknownCost>();

    /// <summary>False when the prices are UNCONFIRMED by an official source.</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>Free-text note from the spec.</summary>
    public string? Note { get; init; }
}
