using System.Collections.Generic;

namespace ImageContracts.Batches;

/// <summary>A request that was not written to a batch input file: its <c>custom_id</c>, the line it would have been,
/// and every reason.</summary>
public sealed class BatchLineProblem
{
    /// <summary>The request's <c>custom_id</c>.</summary>
    public string CustomId { get; init; } = "";

    /// <summary>The 1-based position among the requests given to the writer.</summary>
    public int Request { get; init; }

    /// <summary>The model, when known.</summary>
    public string? Model { get; init; }

    /// <summary>The errors (contract errors from the validator, and batch-specific ones such as streaming parameters).</summary>
    public IReadOnlyList<ValidationFinding> Errors { get; init; } = System.Array.Empty<ValidationFinding>();

    /// <summary>One line: <c>custom_id "x" (request 3, gpt-image-2): quality: ...; stream: ...</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>(Errors.Count);
        foreach (ValidationFinding error in Errors)
        {
            parts.Add((error.Parameter is null ? "" : error.Parameter + ": ") + error.Message);
        }

        return "custom_id \"" + CustomId + "\" (request " + Request + (Model is null ? "" : ", " + Model) + "): " + string.Join("; ", parts);
    }
}
