using System;
using ImageContracts.Http;

namespace ImageContracts.Batches;

/// <summary>The actual cost of batch lines: usage priced through the model's contract, times the batch price factor.</summary>
public static class BatchCost
{
    /// <summary>The cost of one line from its usage; null when the model, its token prices or the usage are unknown.</summary>
    /// <param name="model">The line's model id.</param>
    /// <param name="usage">The line's <c>usage</c>.</param>
    /// <param name="lookup">Finds the model's contract.</param>
    /// <param name="pricing">The batch discount; null for none.</param>
    public static decimal? OfUsage(string? model, ImageUsage? usage, Func<string, ModelContract?>? lookup, BatchPricing? pricing)
    {
        if (model is null || usage is null || lookup?.Invoke(model) is not { Pricing.Tokens: not null } contract)
        {
            return null;
        }

        return CostCalculator.FromUsage(contract, usage) * (pricing?.PriceFactor ?? 1m);
    }
}
