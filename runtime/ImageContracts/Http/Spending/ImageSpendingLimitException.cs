namespace ImageContracts.Http;

/// <summary>A call or batch was refused before sending because its estimated maximum cost breaks a spending limit.
/// Nothing was sent and nothing was spent.</summary>
public sealed class ImageSpendingLimitException : ImagesClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused and why, with the figures.</param>
    /// <param name="kind">Which limit refused it.</param>
    /// <param name="estimateUsd">The call's estimated maximum (for open-ended estimates: the part that could be priced).</param>
    /// <param name="limitUsd">The per-request cap or the budget's limit.</param>
    /// <param name="spentUsd">What the budget had spent (0 for the per-request cap without a budget).</param>
    /// <param name="reservedUsd">What calls in flight had reserved.</param>
    public ImageSpendingLimitException(string message, SpendingLimitKind kind, decimal estimateUsd, decimal limitUsd, decimal spentUsd, decimal reservedUsd)
        : base(message)
    {
        Kind = kind;
        EstimateUsd = estimateUsd;
        LimitUsd = limitUsd;
        SpentUsd = spentUsd;
        ReservedUsd = reservedUsd;
    }

    /// <summary>Which limit refused the call.</summary>
    public SpendingLimitKind Kind { get; }

    /// <summary>The call's estimated maximum in USD.</summary>
    public decimal EstimateUsd { get; }

    /// <summary>The limit in USD.</summary>
    public decimal LimitUsd { get; }

    /// <summary>The budget's settled spending when the call was refused.</summary>
    public decimal SpentUsd { get; }

    /// <summary>What other calls held in reservations when the call was refused.</summary>
    public decimal ReservedUsd { get; }
}
