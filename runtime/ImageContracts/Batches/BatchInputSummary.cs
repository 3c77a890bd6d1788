using System.Collections.Generic;

namespace ImageContracts.Batches;

/// <summary>What a <see cref="BatchInputWriter"/> wrote: the endpoint, the lines, the refused requests and the cost estimate.</summary>
public sealed class BatchInputSummary
{
    /// <summary>The batch endpoint every line targets, e.g. <c>/v1/images/generations</c> (null when no line was written).</summary>
    public string? Endpoint { get; init; }

    /// <summary>Lines written.</summary>
    public int Lines { get; init; }

    /// <summary>Bytes written.</summary>
    public long Bytes { get; init; }

    /// <summary>Requests left out (with <see cref="BatchInvalidLines.Report"/>).</summary>
    public IReadOnlyList<BatchLineProblem> Problems { get; init; } = System.Array.Empty<BatchLineProblem>();

    /// <summary>The estimated cost of the written lines.</summary>
    public BatchCostEstimate Cost { get; init; } = new();

    /// <summary>The model of each written line by <c>custom_id</c> (to price the output's usage).</summary>
    public IReadOnlyDictionary<string, string> Models { get; init; } = new Dictionary<string, string>();
}
