namespace ImageContracts.Batches;

/// <summary>A batch's <c>request_counts</c>.</summary>
public sealed class BatchRequestCounts
{
    /// <summary><c>total</c>.</summary>
    public int Total { get; init; }

    /// <summary><c>completed</c>: lines that succeeded.</summary>
    public int Completed { get; init; }

    /// <summary><c>failed</c>: lines that failed.</summary>
    public int Failed { get; init; }

    /// <summary><c>completed/failed/total</c>.</summary>
    public override string ToString() => Completed + " completed, " + Failed + " failed of " + Total;
}
