namespace ImageContracts;

/// <summary>The Batch API's discount on single-call prices, from the spec's top-level <c>batch:</c> fact.</summary>
public sealed class BatchPricing
{
    /// <summary>The fraction of the price taken off, e.g. <c>0.5</c> for half price.</summary>
    public decimal Discount { get; init; }

    /// <summary>False when no OpenAI page confirms the discount (UNCONFIRMED).</summary>
    public bool Confirmed { get; init; } = true;

    /// <summary>The spec's source keys for the figure.</summary>
    public string Source { get; init; } = "";

    /// <summary>The spec's note, if any.</summary>
    public string? Note { get; init; }

    /// <summary>What a batch line pays of the single-call price: <c>1 - Discount</c>.</summary>
    public decimal PriceFactor => 1m - Discount;
}
