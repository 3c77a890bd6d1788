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
    private SpendingReservation? ReserveSpending(IImageRequest request) =>
        ReserveSpending(WireValue.Endpoint(request.Endpoint) + " " + request.Model, request.Model, () => request.EstimateCost());

    /// <summary>The same for a Responses call: its image tool's estimated maximum (one image call) is what is reserved;
    /// the mainline model's own tokens are not priced (the spec holds image models only), so they are not counted.</summary>
    private SpendingReservation? ReserveSpending(ImageResponseRequest request) =>
        ReserveSpending("responses " + request.Model + " (image_generation " + request.Tool.Model + ")", request.Tool.Model, () => request.Tool.EstimateCost());

    private SpendingReservation? ReserveSpending(string what, string model, Func<CostEstimate> estimateCost)
    {
        if (!SpendingGuard.IsActive(_options))
        {
            return null;
        }

        CostEstimate? estimate;
        try
        {
            estimate = estimateCost();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            estimate = null;
        }

        decimal max = estimate?.MaxUsd ?? 0m;
        string? openEnded = estimate is null ? "the request cannot be priced: no contract for " + model : SpendingGuard.OpenEndedReason(estimate);
        return SpendingGuard.Reserve(_options, what, max, max, openEnded);
    }

    /// <summary>A response's image tool cost: its <c>tool_usage.image_gen</c> priced through the tool model's contract
    /// (null when either is missing), also stored on the response.</summary>
    private decimal? PriceResponse(ImageResponseRequest request, ImageResponse response)
    {
        if (response.ToolUsage is { } usage && (request.Tool.Contract ?? _options.FindModel(request.Tool.Model)) is { Pricing.Tokens: not null } model)
        {
            response.CostUsd = CostCalculator.FromUsage(model, usage);
        }

        return response.CostUsd;
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

    /// <summary>Responses streams under the spending limits, as image streams: reserved when enumeration starts (before
    /// the request is sent), settled with the tool cost of the response in <c>response.completed</c> (or the reservation
    /// when the stream answered without one), released when nothing came.</summary>
    private async IAsyncEnumerable<ResponseStreamEvent> SpendOnResponseStreamAsync(
        ImageResponseRequest request, Func<CancellationToken, IAsyncEnumerable<ResponseStreamEvent>> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using SpendingReservation? reservation = ReserveSpending(request);
        bool answered = false;
        decimal? cost = null;
        try
        {
            await foreach (ResponseStreamEvent item in source(cancellationToken).ConfigureAwait(false))
            {
                answered = true;
                if (item.Response is { } response && item.Kind is ResponseStreamEventKind.ResponseCompleted or ResponseStreamEventKind.ResponseIncomplete)
                {
                    cost = PriceResponse(request, response) ?? cost;
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
