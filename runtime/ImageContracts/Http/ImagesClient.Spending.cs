using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

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

    /// <summary>Image streams under the spending limits: reserves before the request is sent (the first move), settles
    /// with the completed image's cost from usage (each completed event carries the whole call's usage, so the last one
    /// counts), or with the reservation when the stream ends without one after an answer; released when nothing came.</summary>
    private async IAsyncEnumerable<ImageStreamEvent> SpendOnStreamAsync(
        IImageRequest request, Func<CancellationToken, IAsyncEnumerable<ImageStreamEvent>> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using SpendingReservation? reservation = ReserveSpending(request);
        bool answered = false;
        decimal? cost = null;
        try
        {
            await foreach (ImageStreamEvent item in source(cancellationToken).ConfigureAwait(false))
            {
                answered = true;
                if (item.IsCompleted && item.CostUsd is decimal usd)
                {
                    cost = usd;
                }

                yield return item;
            }
        }
        finally
        {
            if (reservation is not null && answered)
            {
                reservation.Settle(cost ?? reservation.ReservedUsd);
            }
        }
    }
}
