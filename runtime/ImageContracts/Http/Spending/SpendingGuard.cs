namespace ImageContracts.Http;

/// <summary>Applies the client's spending options to one call or batch before it is sent: the open-ended check, the
/// per-request cap, then a reservation in the shared budget.</summary>
internal static class SpendingGuard
{
    /// <summary>True when the options set any spending limit.</summary>
    public static bool IsActive(ImagesClientOptions options) => options.MaxRequestCostUsd is not null || options.SpendingBudget is not null;

    /// <summary>Checks the limits and reserves <paramref name="maxUsd"/>; null when no limit is configured.</summary>
    /// <param name="options">The client's options.</param>
    /// <param name="what">What is paid for, for messages.</param>
    /// <param name="maxUsd">The estimated maximum of the whole call or batch.</param>
    /// <param name="largestRequestUsd">The largest single request's maximum (the batch's dearest line), for the per-request cap.</param>
    /// <param name="openEnded">Why the maximum is no upper bound, or null when it is one.</param>
    public static SpendingReservation? Reserve(ImagesClientOptions options, string what, decimal maxUsd, decimal largestRequestUsd, string? openEnded)
    {
        if (!IsActive(options))
        {
            return null;
        }

        ImageSpendingBudget? budget = options.SpendingBudget;
        decimal spent = budget?.SpentUsd ?? 0m;
        decimal reserved = budget?.ReservedUsd ?? 0m;
        if (openEnded is not null && !options.AllowOpenEndedCosts)
        {
            decimal limit = options.MaxRequestCostUsd ?? budget!.LimitUsd;
            throw new ImageSpendingLimitException(
                "The " + what + " call was refused: its cost has no upper bound (" + openEnded + "), so no spending limit can be checked. Priced part: "
                + ImageSpendingBudget.Usd(maxUsd) + "; limit " + ImageSpendingBudget.Usd(limit) + ", spent " + ImageSpendingBudget.Usd(spent)
                + ". Set ImagesClientOptions.AllowOpenEndedCosts to send it and count only the priced part.",
                SpendingLimitKind.OpenEnded,
                maxUsd,
                limit,
                spent,
                reserved);
        }

        if (options.MaxRequestCostUsd is decimal cap && largestRequestUsd > cap)
        {
            throw new ImageSpendingLimitException(
                "The " + what + " call was refused: its estimated maximum " + ImageSpendingBudget.Usd(largestRequestUsd) + " per request exceeds MaxRequestCostUsd "
                + ImageSpendingBudget.Usd(cap) + " (spent so far " + ImageSpendingBudget.Usd(spent) + ").",
                SpendingLimitKind.PerRequestCap,
                largestRequestUsd,
                cap,
                spent,
                reserved);
        }

        return budget?.Reserve(maxUsd, what);
    }

    /// <summary>Why an estimate is no upper bound, or null.</summary>
    public static string? OpenEndedReason(CostEstimate estimate) =>
        estimate.IsOpenEnded ? "not priced: " + estimate.Unbounded + (estimate.Note is null ? "" : "; " + estimate.Note) : null;
}
