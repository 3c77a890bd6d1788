using System;

namespace ImageContracts.Http;

public sealed partial class ImagesClient
{
    /// <summary>The spending budget from the options, if any.</summary>
    public ImageSpendingBudget? SpendingBudget => _options.SpendingBudget;

    /// <summary>Checks the spending limits for one request and reserves its estimated maximum (null when no limit is set).
    /// The caller settles the reservation with the actual cost, or disposes it when the call fails.</summary>
    private SpendingReservation? ReserveSpending(IImageRequest request)
    {
        if (!SpendingGuard.IsActive(_options))
        {
            return null;
        }

        CostEstimate? estimate;
        try
        {
            estimate = request.EstimateCost();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            estimate = null;
        }

        string what = WireValue.Endpoint(request.Endpoint) + " " + request.Model;
        decimal max = estimate?.MaxUsd ?? 0m;
        string? openEnded = estimate is null ? "the request cannot be priced: no contract for " + request.Model : SpendingGuard.OpenEndedReason(estimate);
        return SpendingGuard.Reserve(_options, what, max, max, openEnded);
    }
}
