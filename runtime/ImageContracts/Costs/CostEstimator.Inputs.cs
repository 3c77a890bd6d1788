using System;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts;

/// <summary>Input tokens: the prompt's text tokens and the input images' tokens (masks are not billed as input).</summary>
internal sealed partial class CostEstimator
{
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

            tokens += CostCalculator.InputImageTokens(rule, info.Width, info.Height);
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
}
