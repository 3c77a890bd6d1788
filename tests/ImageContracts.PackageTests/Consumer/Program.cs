// Template consumer (see Consumer.csproj). Prints facts the package tests assert on, one "key: value" per line.
using System.Globalization;
using ImageContracts;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var typed = new GptImage2.GenerateRequest("A lighthouse at dawn, watercolor")
{
    Size = GptImage2.Size.W1024xH1024,
    Quality = GptImage2.Quality.High,
};
ValidationResult result = typed.Validate();
CostEstimate cost = typed.EstimateCost();
Console.WriteLine($"typed: {typed.Model} valid={result.IsValid} errors={result.Errors.Count}");
Console.WriteLine($"typed-cost: open={cost.IsOpenEnded} minUsd={cost.MinUsd} maxUsd={cost.MaxUsd}");

// gpt-image-1 and dall-e-3 are past their shutdown dates (IMG0010: [Obsolete] on their classes, the analyzer on their
// ids as strings); only their prices and contracts matter here.
#pragma warning disable IMG0010
var gptImage1 = new GptImage1.GenerateRequest("A lighthouse") { Size = GptImage1.Size.W1024xH1024, Quality = GptImage1.Quality.High };
CostEstimate gptImage1Cost = gptImage1.EstimateCost(promptTokens: 0);
Console.WriteLine($"gpt-image-1: imageOutputPerMillion={GptImage1.Contract.Pricing!.Tokens!.ImageOutput} outputImageTokens={gptImage1Cost.OutputImageTokens} maxUsd={gptImage1Cost.MaxUsd}");

// Deliberately invalid constants: the analyzer rejects them at compile time (see the analyzer test), so silence it
// here to exercise the run-time validator.
#pragma warning disable IMG0001, IMG0003
ValidationResult loose = new ImageGenerationRequest("A lighthouse") { Model = "dall-e-3", Size = "512x512", N = 2 }.Validate();
#pragma warning restore IMG0001, IMG0003
Console.WriteLine($"loose: valid={loose.IsValid} codes={string.Join(",", loose.Errors.Select(e => e.Code))}");

ValidationResult dictionary = ImageContract.Validate("generations", "dall-e-3", new Dictionary<string, object?> { ["prompt"] = "A lighthouse", ["quality"] = "hd" });
#pragma warning restore IMG0010
Console.WriteLine($"dictionary: valid={dictionary.IsValid}");
Console.WriteLine($"models: {string.Join(",", ImageContract.Models.Select(m => m.Id))}");

// Present only when the test adds Extra/MyModel.cs (with extra.imagespec.yaml).
Type.GetType("MyModelReport")?.GetMethod("Print")?.Invoke(null, null);
