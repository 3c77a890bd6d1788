using System;

namespace ImageContracts;

// The actual cost of a finished request, from the usage the API reports.
public static partial class CostCalculator
{
    /// <summary>Computes the cost in USD of a finished request from its <c>usage</c>.</summary>
    /// <remarks>Input text tokens × TextInput + input image tokens × ImageInput + output image tokens × ImageOutput
    /// + output text tokens × TextOutput (only when that price is known; otherwise output text tokens are ignored).
    /// Without output details (the Images endpoints usually send none) all output tokens are charged as image tokens.
    /// Cached-input discounts are not applied (usage does not split cached tokens into text and image). Missing
    /// prices count as 0.</remarks>
    /// <param name="model">The model.</param>
    /// <param name="usage">The usage reported by the API.</param>
    /// <returns>USD.</returns>
    /// <exception cref="InvalidOperationException">The model has no token prices (DALL·E models report no usage).</exception>
    public static decimal FromUsage(ModelContract model, ImageUsage usage)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(usage);
        TokenPrices prices = model.Pricing?.Tokens
            ?? throw new InvalidOperationException(model.Id + " has no per-token prices; usage cannot be priced.");

        decimal total = (usage.InputTextTokens * (prices.TextInput ?? 0m)) + (usage.InputImageTokens * (prices.ImageInput ?? 0m));
        if (usage.OutputImageTokens is int imageTokens)
        {
            total += imageTokens * (prices.ImageOutput ?? 0m);
            if (usage.OutputTextTokens is int textTokens && prices.TextOutput is decimal textOutput)
            {
                total += textTokens * textOutput;
            }
        }
        else
        {
            total += usage.OutputTokens * (prices.ImageOutput ?? 0m);
        }

        return total / PerMillion;
    }
}
