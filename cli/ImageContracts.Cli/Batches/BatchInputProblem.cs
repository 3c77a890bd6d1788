using System.Collections.Generic;

namespace ImageContracts.Cli.Batches;

/// <summary>A line of the requests file that will not be sent: where it is, its <c>custom_id</c> and model when they
/// could be read, and every reason (contract findings and batch rules from <c>BatchInputWriter</c>, or why the line
/// could not be read at all).</summary>
internal sealed record BatchInputProblem(long Line, string? CustomId, string? Model, IReadOnlyList<ValidationFinding> Errors)
{
    /// <summary><c>line 3, custom_id "b" (gpt-image-2)</c>.</summary>
    public string Where => "line " + Line + (CustomId is null ? "" : ", custom_id \"" + CustomId + "\"") + (Model is null ? "" : " (" + Model + ")");
}
