using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts;

/// <summary>
/// The Responses API <c>image_generation</c> tool: options for an image model that a mainline
/// (host) model calls. Validation needs the host, since it decides whether the tool may be used.
/// </summary>
public interface IImageGenerationTool
{
    /// <summary>The image model the tool uses.</summary>
    string Model { get; }

    /// <summary>The contract of the tool's image model, from the spec the tool was built with: what the client prices the
    /// tool's usage with. Null when that spec does not know the model; the client then looks it up in its catalog.</summary>
    ModelContract? Contract => null;

    /// <summary>Checks the options against the image model's contract and the host model's eligibility.</summary>
    /// <param name="hostModel">The Responses API <c>model</c>, such as <c>gpt-4.1</c>.</param>
    ValidationResult Validate(string hostModel) => Validate(hostModel, ValidationOptions.Default);

    /// <summary>Checks the options and the host model with a given clock and retired-model severity.</summary>
    /// <param name="hostModel">The Responses API <c>model</c>, such as <c>gpt-4.1</c>.</param>
    /// <param name="options">The clock and severities.</param>
    ValidationResult Validate(string hostModel, ValidationOptions options);

    /// <summary>Estimates the image model's part of the cost.</summary>
    /// <param name="promptTokens">The prompt's exact token count, when known.</param>
    CostEstimate EstimateCost(int? promptTokens = null);

    /// <summary>The tool's fields by wire name, as the validator reads them.</summary>
    IReadOnlyDictionary<string, object?> ToParameters();

    /// <summary>Writes the tool object (<c>{"type":"image_generation", ...}</c>) for the <c>tools</c> array.</summary>
    void WriteJson(Utf8JsonWriter writer);
}
