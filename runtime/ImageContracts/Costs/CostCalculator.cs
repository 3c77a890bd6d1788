using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>Estimates request costs from a model's <see cref="PricingContract"/>, and computes actual costs from usage.</summary>
/// <remarks>
/// <para>Token-priced models (token prices plus an output-token table, e.g. gpt-image-1): output image tokens come from
/// the (quality, size) table; <c>auto</c> or a value missing from the table gives a range over the table. Partial
/// images add <see cref="PricingContract.PartialImageTokens"/> per partial per image (exact when <c>stream</c> is true,
/// else a 0..N range). Input text uses <c>promptTokens</c> when given, else ceil(chars/4)..UTF-8 bytes. Input images
/// (not masks) use <see cref="InputImageTokenRule"/>. USD = text × TextInput + image input × ImageInput +
/// (output + partial) × ImageOutput, per 1M tokens; output parts are multiplied by <c>n</c>.</para>
/// <para>Per-image-priced models (DALL·E, gpt-image-2): USD = price(quality, size) × n; free-form sizes missing from
/// the table are priced by scaling the table's per-pixel rates for the quality. Input tokens are added when the
/// model also has token prices.</para>
/// <para>Invalid values are not reported here (use <see cref="ContractValidator"/>); they are ignored or fall back to
/// defaults.</para>
/// </remarks>
public static class CostCalculator
{
    private const decimal PerMillion = 1_000_000m;

    /// <summary>Estimates the cost of a request.</summary>
    /// <param name="model">The model (for its pricing).</param>
    /// <param name="endpoint">The model's endpoint contract (for defaults).</param>
    /// <param name="values">The request values by wire name (as for <see cref="ContractValidator"/>).</param>
    /// <param name="promptTokens">The exact prompt token count when known (e.g. from a tokenizer).</param>
    /// <returns>The estimate.</returns>
    public static CostEstimate Estimate(
        ModelContract model,
        EndpointContract endpoint,
        IReadOnlyDictionary<string, object?> values,
        int? promptTokens = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(values);
        return new Estimator(model, endpoint, ValueReader.Given(NestedParameters.Flatten(endpoint, values))).Run(promptTokens);
    }

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

    /// <summary>The estimate for a model whose prices are unknown: nothing priced, no upper bound, and a note saying why.</summary>
    internal static CostEstimate PricesUnknown(string model, string why) => new()
    {
        Estimated = CostParts.InputText | CostParts.InputImage | CostParts.OutputImage,
        Unbounded = CostParts.InputText | CostParts.InputImage | CostParts.OutputImage,
        Note = "The prices of " + model + " are unknown (" + why + "); MinUsd and MaxUsd are 0 and the cost has no known upper bound.",
    };

    private sealed class Estimator
    {
        private readonly ModelContract _model;
        private readonly EndpointContract _endpoint;
        private readonly Dictionary<string, object> _given;
        private readonly List<string> _notes = new();
        private CostParts _estimated;
        private CostParts _unbounded;
        private decimal _min;
        private decimal _max;

        public Estimator(ModelContract model, EndpointContract endpoint, Dictionary<string, object> given)
        {
            _model = model;
            _endpoint = endpoint;
            _given = given;
        }

        public CostEstimate Run(int? promptTokens)
        {
            PricingContract? pricing = _model.Pricing;
            if (pricing is null)
            {
                return new CostEstimate
                {
                    Estimated = CostParts.OutputImage,
                    Unbounded = CostParts.OutputImage,
                    Note = "The spec has no pricing for " + _model.Id + "; the cost is unknown.",
                };
            }

            TokenPrices? prices = pricing.Tokens;
            long n = Integer("n") is long count && count > 0 ? count : 1;
            string? quality = Text("quality");
            string? size = Text("size");

            int? outputTokens = null;
            if (pricing.OutputTokens.Count > 0 && prices?.ImageOutput is decimal outputRate)
            {
                CheckQualityPriced(pricing.OutputTokens.Select(e => e.Quality), quality);
                (int lo, int hi) = OutputTokenRange(pricing.OutputTokens, quality, size);
                outputTokens = Clamp(hi * n);
                Add(lo * n * outputRate / PerMillion, hi * n * outputRate / PerMillion);
            }
            else if (pricing.PerImage.Count > 0)
            {
                CheckQualityPriced(pricing.PerImage.Select(e => e.Quality), quality);
                (decimal lo, decimal hi) = PerImageRange(pricing.PerImage, quality, size);
                Add(lo * n, hi * n);
            }
            else
            {
                Open("No per-image price or output-token count is published for " + _model.Id
                    + (prices?.ImageOutput is null ? "" : ": the output is priced only from the usage the API reports")
                    + "; the estimate covers the input side and the maximum is open.");
            }

            foreach (UnknownCost unknown in pricing.UnknownCosts)
            {
                if (Effective(unknown.Parameter)?.Scalar is { } value && unknown.Values.Contains(value, StringComparer.Ordinal))
                {
                    Open("The cost of " + unknown.Parameter + " '" + value + "' is unknown" + (string.IsNullOrEmpty(unknown.Note) ? "." : ": " + unknown.Note));
                }
            }

            int? partialTokens = Partials(pricing, prices, n);
            int? textTokens = prices is null ? null : InputText(prices, promptTokens);
            int? imageTokens = prices is null ? null : InputImages(pricing, prices);

            if (!pricing.Confirmed)
            {
                _notes.Add("The prices are UNCONFIRMED.");
            }

            return new CostEstimate
            {
                InputTextTokens = textTokens,
                InputImageTokens = imageTokens,
                OutputImageTokens = outputTokens,
                PartialImageTokens = partialTokens,
                MinUsd = _min,
                MaxUsd = _max,
                Estimated = _estimated,
                Unbounded = _unbounded,
                Note = _notes.Count == 0 ? null : string.Join(" ", _notes),
            };
        }

        private void Add(decimal min, decimal max)
        {
            _min += min;
            _max += max;
        }

        // Part of the output cost has no known price: the maximum is open, whatever the known parts add up to.
        private void Open(string reason)
        {
            _estimated |= CostParts.OutputImage;
            _unbounded |= CostParts.OutputImage;
            if (!_notes.Contains(reason))
            {
                _notes.Add(reason);
            }
        }

        /// <summary>A quality that is missing from the price table has no known cost; <c>auto</c> has none either when
        /// the model accepts qualities the table lacks (the model may choose one of them).</summary>
        private void CheckQualityPriced(IEnumerable<string> pricedQualities, string? quality)
        {
            var priced = new HashSet<string>(pricedQualities, StringComparer.Ordinal);
            if (quality is not null && quality != "auto" && !priced.Contains(quality))
            {
                Open("Quality '" + quality + "' has no price in the table: its cost is unknown and the maximum is open.");
            }
            else if (quality is null or "auto"
                && _endpoint.FindParameter("quality") is { } parameter
                && parameter.Values.Select(v => v.Value).Where(v => v != "auto" && !priced.Contains(v)).ToList() is { Count: > 0 } unpriced)
            {
                Open("Quality 'auto' may choose " + string.Join(", ", unpriced) + ", which have no price in the table: the maximum is open.");
            }
        }

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

        private static string Reasons(string? quality, bool qualityKnown, string? size, bool sizeKnown)
        {
            var reasons = new List<string>();
            if (!qualityKnown)
            {
                reasons.Add(quality is null ? "no quality given" : quality == "auto" ? "quality 'auto' is chosen by the model" : "quality '" + quality + "' is not in the table");
            }

            if (!sizeKnown)
            {
                reasons.Add(size is null ? "no size given" : size == "auto" ? "size 'auto' is chosen by the model" : "size '" + size + "' is not in the table");
            }

            return reasons.Count == 0 ? "several entries match" : string.Join(", ", reasons);
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

        private int? InputText(TokenPrices prices, int? promptTokens)
        {
            int lo;
            int hi;
            if (promptTokens is int exact)
            {
                lo = hi = Math.Max(0, exact);
            }
            else if (Text("prompt") is string prompt)
            {
                lo = PromptTokens.Estimate(prompt);
                hi = PromptTokens.UpperBound(prompt);
                _estimated |= CostParts.InputText;
                _notes.Add("Prompt tokens are estimated: " + lo + " (chars/4) to " + hi + " (UTF-8 bytes); pass promptTokens for an exact figure.");
            }
            else if (_endpoint.Endpoint == ImageEndpoint.Responses)
            {
                _estimated |= CostParts.InputText;
                _unbounded |= CostParts.InputText;
                _notes.Add("The tool's prompt is written by the host model; its tokens are unknown (pass promptTokens). The host model's own tokens are billed separately.");
                return null;
            }
            else
            {
                lo = hi = 0;
            }

            if (prices.TextInput is decimal rate)
            {
                Add(lo * rate / PerMillion, hi * rate / PerMillion);
            }
            else if (hi > 0)
            {
                _estimated |= CostParts.InputText;
                _unbounded |= CostParts.InputText;
                _notes.Add("No text input price: prompt tokens are not priced.");
            }

            return hi;
        }

        private int? InputImages(PricingContract pricing, TokenPrices prices)
        {
            var images = new List<(FileItem File, FileContract? Contract)>();
            foreach (ParameterContract parameter in _endpoint.Parameters)
            {
                if (parameter.Kind is ParameterKind.Image or ParameterKind.Images or ParameterKind.ImageReference or ParameterKind.ImageReferences
                    && parameter.WireName != "mask"
                    && _given.TryGetValue(parameter.WireName, out object? value)
                    && ValueReader.TryRead(parameter.Kind, value, out NormalizedValue normalized))
                {
                    images.AddRange(normalized.Files!.Select(file => (file, parameter.File)));
                }
            }

            if (images.Count == 0)
            {
                return 0;
            }

            if (pricing.InputImage is not InputImageTokenRule rule)
            {
                _estimated |= CostParts.InputImage;
                _unbounded |= CostParts.InputImage;
                _notes.Add("The spec has no input-image token rule for " + _model.Id + ": input images are not counted.");
                return null;
            }

            bool highFidelity = Text("input_fidelity") == "high";
            long tokens = 0;
            int skipped = 0;
            foreach ((FileItem image, FileContract? contract) in images)
            {
                // A header the validator rejects (65535x1 and the like) is not priced: no real image has those dimensions.
                if (image.Info is not ImageInfo info || !info.IsValid || contract?.ExceedsMaxEdge(info) == true)
                {
                    skipped++;
                    continue;
                }

                tokens += InputImageTokens(rule, info.Width, info.Height);
                if (highFidelity)
                {
                    tokens += info.Width == info.Height ? rule.FidelityHighSquare : rule.FidelityHighOther;
                }
            }

            if (skipped > 0)
            {
                _estimated |= CostParts.InputImage;
                _unbounded |= CostParts.InputImage;
                _notes.Add(skipped + " input image(s) could not be inspected (URL, file id, unreadable or larger than the model accepts) and are not counted.");
            }

            if (highFidelity)
            {
                _estimated |= CostParts.InputImage;
                _notes.Add("input_fidelity=high adds a fixed amount per image (counted for every image; the sources are vague on several images).");
            }

            if (prices.ImageInput is decimal rate)
            {
                decimal usd = tokens * rate / PerMillion;
                Add(usd, usd);
            }
            else if (tokens > 0)
            {
                _estimated |= CostParts.InputImage;
                _unbounded |= CostParts.InputImage;
                _notes.Add("No image input price: input images are not priced.");
            }

            return Clamp(tokens);
        }

        private string? Text(string wire) => Effective(wire)?.Text;

        private long? Integer(string wire) => Effective(wire)?.Integer;

        private bool? Boolean(string wire) => Effective(wire)?.Boolean;

        private NormalizedValue? Effective(string wire)
        {
            ParameterContract? parameter = _endpoint.FindParameter(wire);
            if (parameter is null)
            {
                return null;
            }

            if (_given.TryGetValue(wire, out object? value) && ValueReader.TryRead(parameter.Kind, value, out NormalizedValue normalized))
            {
                return normalized;
            }

            return ValueReader.ReadDefault(parameter);
        }

        private static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
    }

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
