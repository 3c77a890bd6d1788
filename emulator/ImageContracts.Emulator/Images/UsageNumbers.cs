using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace ImageContracts.Emulator;

/// <summary>Token counts for a usage block, taken from the spec's token tables through <see cref="CostCalculator"/>,
/// so a client that prices the usage gets exactly the spec's cost.</summary>
internal sealed record UsageNumbers(int InputText, int InputImage, int OutputImage)
{
    public int Input => InputText + InputImage;

    public int Total => Input + OutputImage;

    /// <summary>The usage of a call rendered with <paramref name="settings"/> (its size and quality, never <c>auto</c>),
    /// <paramref name="images"/> outputs and the given input files; null for models without token prices (DALL·E).
    /// A model priced per image without an output-token table gets the output tokens that price buys at its
    /// image-output rate (rounded to a token), so the usage prices to the spec's per-image price.</summary>
    public static UsageNumbers? For(ModelContract model, EndpointContract contract, IReadOnlyDictionary<string, object?> values,
        OutputSettings settings, int images, string prompt, IReadOnlyList<ImageFile> inputs, ImageFile? mask)
    {
        if (model.Pricing?.Tokens?.ImageOutput is not decimal outputRate || outputRate <= 0)
        {
            return null;
        }

        var priced = new Dictionary<string, object?>(values.Where(p => p.Key != "model"), System.StringComparer.Ordinal)
        {
            ["size"] = settings.Size,
            ["quality"] = settings.Quality,
            ["n"] = (long)images,
        };
        if (inputs.Count > 0)
        {
            priced.Remove("images");
            priced[contract.FindParameter("image") is not null ? "image" : "images"] = inputs.ToList();
        }

        if (mask is not null)
        {
            priced["mask"] = mask;
        }

        CostEstimate estimate = CostCalculator.Estimate(model, contract, priced, PromptTokens.Estimate(prompt));
        int output = estimate.OutputImageTokens
            ?? (int)decimal.Round(PerImageUsd(model.Pricing, settings) * images * 1_000_000m / outputRate);
        return new UsageNumbers(estimate.InputTextTokens ?? 0, estimate.InputImageTokens ?? 0, output + (estimate.PartialImageTokens ?? 0));
    }

    private static decimal PerImageUsd(PricingContract pricing, OutputSettings settings)
        => pricing.PerImage.FirstOrDefault(p => p.Quality == settings.Quality && p.Size == settings.Size)?.Usd
            ?? pricing.PerImage.Where(p => p.Quality == settings.Quality).Select(p => p.Usd).DefaultIfEmpty(0m).Max();

    /// <summary>The Image API's usage object.</summary>
    public void WriteImagesUsage(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("input_tokens", Input);
        writer.WriteStartObject("input_tokens_details");
        writer.WriteNumber("image_tokens", InputImage);
        writer.WriteNumber("text_tokens", InputText);
        writer.WriteEndObject();
        writer.WriteNumber("output_tokens", OutputImage);
        writer.WriteNumber("total_tokens", Total);
        writer.WriteStartObject("output_tokens_details");
        writer.WriteNumber("image_tokens", OutputImage);
        writer.WriteNumber("text_tokens", 0);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
