using System.Collections.Generic;

namespace ImageContracts.Emulator;

/// <summary>One batch the emulator holds: what <c>POST /v1/batches</c> was given and what running it produced.</summary>
internal sealed class EmulatedBatch
{
    public required string Id { get; init; }

    public required string Endpoint { get; init; }

    public required string InputFileId { get; init; }

    public required long CreatedAt { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    public string Status { get; set; } = "validating";

    public int Total { get; set; }

    public int Completed { get; set; }

    public int Failed { get; set; }

    public string? OutputFileId { get; set; }

    public string? ErrorFileId { get; set; }

    /// <summary>Validation errors of the input file (<c>errors.data</c>): code, message, line.</summary>
    public List<(string Code, string Message, int? Line)> Errors { get; } = new();

    /// <summary>Status timestamps by field name (<c>in_progress_at</c>, <c>completed_at</c>, ...).</summary>
    public Dictionary<string, long> Times { get; } = new();
}
