using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>Per-image prices: the (quality, size) price table, and free-form sizes scaled by its per-pixel rates.</summary>
internal sealed partial class CostEstimator
{
    private (decimal Lo, decimal Hi) PerImageRange(IReadOnlyList<PerImagePrice> table, string? quality, string? size)
    {
        bool qualityKnown = quality is not null && table.Any(e => e.Quality == quality);
        List<PerImagePrice> forQuality = table.Where(e => !qualityKnown || e.Quality == quality).ToList();
        bool sizeKnown = size is not null && forQuality.Any(e => e.Size == size);
        List<PerImagePrice> candidates = forQuality.Where(e => !sizeKnown || e.Size == size).ToList();

        if (!sizeKnown && size is not null && size != "auto"
            && _endpoint.FindParameter("size")?.FreeFormSize is not null
            && WireValue.TryParseSize(size, out int width, out int height))
        {
            List<decimal> rates = new();
            foreach (PerImagePrice entry in candidates)
            {
                if (WireValue.TryParseSize(entry.Size, out int w, out int h))
                {
                    rates.Add(entry.Usd / ((decimal)w * h));
                }
            }

            if (rates.Count > 0)
            {
                decimal pixels = (decimal)width * height;
                _estimated |= CostParts.OutputImage;
                _notes.Add("Size " + size + " is not in the price table; the price is scaled from the table's per-pixel rates"
                    + (qualityKnown ? " for quality '" + quality + "'" : " over all qualities") + ".");
                return (rates.Min() * pixels, rates.Max() * pixels);
            }
        }

        if (candidates.Count == 0)
        {
            candidates = table.ToList();
        }

        decimal lo = candidates.Min(e => e.Usd);
        decimal hi = candidates.Max(e => e.Usd);
        if (lo != hi || (size is not null && !sizeKnown) || (quality is not null && !qualityKnown && quality != "auto"))
        {
            _estimated |= CostParts.OutputImage;
            _notes.Add("The per-image price is a range over the price table: " + Reasons(quality, qualityKnown, size, sizeKnown) + ".");
        }

        return (lo, hi);
    }
}
