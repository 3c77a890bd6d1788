using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>
/// One cost estimate of request values under a model's <see cref="PricingContract"/>, as <see cref="CostCalculator"/>
/// documents it. The parts live in the partial files beside this one: token-priced output, per-image prices, inputs.
/// </summary>
internal sealed partial class CostEstimator
{
    private const decimal PerMillion = CostCalculator.PerMillion;

    private readonly ModelContract _model;
    private readonly EndpointContract _endpoint;
    private readonly Dictionary<string, object> _given;
    private readonly List<string> _notes = new();
    private CostParts _estimated;
    private CostParts _unbounded;
    private decimal _min;
    private decimal _max;

    public CostEstimator(ModelContract model, EndpointContract endpoint, Dictionary<string, object> given)
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
