using System;

namespace ImageContracts;

// The input-image token formula, public so callers can count the tokens of an image they hold.
public static partial class CostCalculator
{
    /// <summary>Image input tokens for one image of <paramref name="width"/>×<paramref name="height"/> pixels under
    /// <paramref name="rule"/> (without the input-fidelity surcharge): shrink to fit within FitWithin² keeping the
    /// aspect ratio, scale so the shortest side is ShortSide, then BaseTokens + TileTokens × ceil(w/TileSize) × ceil(h/TileSize).
    /// Neither side ends longer than FitWithin, so no image costs more than a FitWithin × ShortSide one
    /// (65 + 129 × 4 = 581 tokens for gpt-image-1), whatever its header declares.</summary>
    /// <param name="rule">The token rule.</param>
    /// <param name="width">Width in pixels (positive).</param>
    /// <param name="height">Height in pixels (positive).</param>
    /// <returns>The token count.</returns>
    public static int InputImageTokens(InputImageTokenRule rule, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        double w = width;
        double h = height;
        if (rule.FitWithin > 0 && Math.Max(w, h) > rule.FitWithin)
        {
            double shrink = rule.FitWithin / Math.Max(w, h);
            w *= shrink;
            h *= shrink;
        }

        if (rule.ShortSide > 0)
        {
            double scale = rule.ShortSide / Math.Min(w, h);
            w *= scale;
            h *= scale;
        }

        // Scaling a long, thin image up to ShortSide would stretch its long side past the square it was just
        // fitted into (65535x1 → 33.5 million px); the documented scaling keeps every side within FitWithin.
        if (rule.FitWithin > 0)
        {
            w = Math.Min(w, rule.FitWithin);
            h = Math.Min(h, rule.FitWithin);
        }

        long tiles = 1;
        if (rule.TileSize > 0)
        {
            // Round before the ceiling so floating-point noise (768.0000001) does not add a tile.
            long across = (long)Math.Ceiling(Math.Round(w, 6) / rule.TileSize);
            long down = (long)Math.Ceiling(Math.Round(h, 6) / rule.TileSize);
            tiles = Math.Max(1, across) * Math.Max(1, down);
        }

        return Clamp(rule.BaseTokens + (rule.TileTokens * tiles));

        static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
    }
}
