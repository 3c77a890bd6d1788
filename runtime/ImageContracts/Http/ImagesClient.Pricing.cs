using System;

namespace ImageContracts.Http;

// After answering: what the call actually cost.
public sealed partial class ImagesClient
{
    /// <summary>The actual cost: usage priced through the model's contract, else the request's exact estimate.</summary>
    private decimal? CostOf(IImageRequest request, ImageUsage? usage)
    {
        if (usage is not null)
        {
            ModelContract? model = request.Contract ?? _options.FindModel(request.Model);
            return model?.Pricing?.Tokens is not null ? CostCalculator.FromUsage(model, usage) : null;
        }

        try
        {
            CostEstimate estimate = request.EstimateCost();
            return estimate.IsExact ? estimate.MinUsd : null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }
}
