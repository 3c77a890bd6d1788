// ImageContracts sample: validate requests and estimate their cost before sending anything.
// The types GptImage25Sunburst, DallE3, GptImage2, ImageGenerationRequest and ImageContract are generated at build time
// from the spec bundled in the ImageContracts package (namespace ImageContracts, internal by default).
using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using ImageContracts;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

string runtimeVersion = typeof(ValidationResult).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
Console.WriteLine($"ImageContracts runtime {runtimeVersion}, spec as of {ImageContract.SpecAsOf}");
Console.WriteLine();

// 1. gpt-image-2.5-sunburst, quality xhigh, landscape. No per-image price is published for xhigh: the estimate says
//    its maximum is open ("$x–?") rather than guessing one.
var sunburst = new GptImage25Sunburst.GenerateRequest("A lighthouse on a cliff at dawn, watercolor")
{
    Size = GptImage25Sunburst.Size.W1536xH1024,
    Quality = GptImage25Sunburst.Quality.Xhigh,
    SafetyIdentifier = "user-7f3a9c",
};
Report("gpt-image-2.5-sunburst generate, xhigh, 1536x1024", sunburst);

// 2. dall-e-3, hd, wide. dall-e-3 is past its shutdown date: the ImageContracts analyzer says so at compile time
//    (warning IMG0010), the validator at run time (warning model_retired). Kept here to show a per-image price.
#pragma warning disable IMG0010
var dallE3 = new DallE3.GenerateRequest("A lighthouse on a cliff at dawn, watercolor")
{
    Size = DallE3.Size.W1792xH1024,
    Quality = DallE3.Quality.Hd,
};
#pragma warning restore IMG0010
Report("dall-e-3 generate, hd, 1792x1024", dallE3);

// 3. gpt-image-2 takes free-form sizes; the constructor checks them against the model's size rules.
var gptImage2 = new GptImage2.GenerateRequest("A lighthouse on a cliff at dawn, watercolor")
{
    Size = new GptImage2.Size(2048, 1152),
};
Report("gpt-image-2 generate, free-form 2048x1152", gptImage2);

// 4. A loose request: model and values as strings, as they might arrive from configuration or a UI.
//    Written as constants, these mistakes are already compile errors from the ImageContracts analyzer
//    (IMG0001 size not allowed, IMG0003 n out of range; IMG0010 retired model). The pragma lets the sample show
//    the run-time check, which is what catches values that are only known at run time.
#pragma warning disable IMG0001, IMG0003, IMG0010
var loose = new ImageGenerationRequest("A lighthouse on a cliff at dawn, watercolor")
{
    Model = "dall-e-3",
    Size = "512x512",
    N = 2,
};
#pragma warning restore IMG0001, IMG0003, IMG0010
Console.WriteLine("Loose request: dall-e-3, size 512x512, n 2");
ValidationResult looseResult = loose.Validate();
Console.WriteLine($"  validation: {(looseResult.IsValid ? "valid" : "INVALID")}");
foreach (ValidationFinding error in looseResult.Errors)
{
    Console.WriteLine($"    error {error.Code} [{error.Parameter}]: {error.Message}");
}

Console.WriteLine();

// 5. The model catalog, with lifecycle. Time is an input: here the system clock, through a TimeProvider.
DateOnly today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
Console.WriteLine($"Models ({ImageContract.Models.Count}), lifecycle as of {today:yyyy-MM-dd} (the spec's facts are of {ImageContract.SpecAsOf}):");
foreach (ModelContract model in ImageContract.Models)
{
    ModelLifecycle life = model.Lifecycle ?? new ModelLifecycle();
    string state = life.StageOn(today) switch
    {
        LifecycleStage.Retired => "RETIRED",
        LifecycleStage.Deprecated => "shutting down",
        _ => "active",
    };
    string endpoints = string.Join(", ", model.Endpoints.Select(e => e.Endpoint.ToString().ToLowerInvariant()));
    Console.WriteLine($"  {model.Id,-22} {state,-13} released {Date(life.Released)}, deprecated {Date(life.Deprecated)}, shutdown {Date(life.Shutdown)}; {endpoints}");
}

string[] retired = ImageContract.Models.Where(m => m.Lifecycle.IsRetiredOn(today)).Select(m => m.Id).ToArray();
Console.WriteLine($"Retired: {(retired.Length == 0 ? "none" : string.Join(", ", retired))}");

static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

static void Report(string title, IImageRequest request)
{
    Console.WriteLine(title);
    ValidationResult result = request.Validate();
    Console.WriteLine($"  validation: {(result.IsValid ? "valid" : "INVALID")} ({result.Errors.Count} errors, {result.Warnings.Count} warnings)");
    foreach (ValidationFinding finding in result.All)
    {
        Console.WriteLine($"    {finding}");
    }

    CostEstimate cost = request.EstimateCost();
    Console.WriteLine($"  cost: {cost}");
    Console.WriteLine($"    tokens: input text {Tokens(cost.InputTextTokens)}, output image {Tokens(cost.OutputImageTokens)}");
    if (cost.Note is not null)
    {
        Console.WriteLine($"    note: {cost.Note}");
    }

    Console.WriteLine();
}

static string Tokens(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "n/a";
