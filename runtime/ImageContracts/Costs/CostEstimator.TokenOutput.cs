using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>Token-priced output: output image tokens from the (quality, size) table, and partial images.</summary>
internal sealed partial class CostEstimator
{
    private (int Lo, int Hi) OutputTokenRange(IReadOnlyList<OutputTokenEntry> table, string? quality, string? size)
    {
        bool qualityKnown = quality is not null && table.Any(e => e.Quality == quality);
        bool sizeKnown = size is not null && table.Any(e => e.Size == size);
        List<OutputTokenEntry> candidates = table
            .Where(e => (!qualityKnown || e.Quality == quality) && (!sizeKnown || e.Size == size))
            .ToList();
        if (candidates.Count == 0)
        {
            candidates = table.ToList(); // incomplete table: fall back to the whole table
        }

        int lo = candidates.Min(e => e.Tokens);
        int hi = candidates.Max(e => e.Tokens);
        if (!qualityKnown || !sizeKnown || lo != hi)
        {
            _estimated |= CostParts.OutputImage;
            _notes.Add("Output tokens are a range over the token table: " + Reasons(quality, qualityKnown, size, sizeKnown) + ".");
        }

        return (lo, hi);
    }

    private int? Partials(PricingContract pricing, TokenPrices? prices, long n)
    {
        long partials = Integer("partial_images") ?? 0;
        if (pricing.PartialImageTokens <= 0 || partials <= 0)
        {
            return prices is null ? null : 0;
        }

        long tokens = partials * pricing.PartialImageTokens * n;
        bool streaming = Boolean("stream") == true;
        if (prices?.ImageOutput is decimal rate)
        {
            decimal usd = tokens * rate / PerMillion;
            Add(streaming ? usd : 0m, usd);
        }
        else
        {
            _estimated |= CostParts.PartialImages;
            _unbounded |= CostParts.PartialImages;
            _notes.Add("No image output token price: partial images are not priced.");
        }

        if (!streaming)
        {
            _estimated |= CostParts.PartialImages;
            _notes.Add(_endpoint.FindParameter("stream") is null
                ? "Partial images are only produced when the response is streamed: counted as 0 to " + tokens + " tokens."
                : "Partial images are only produced with stream=true: counted as 0 to " + tokens + " tokens.");
        }

        return Clamp(tokens);
    }
}
