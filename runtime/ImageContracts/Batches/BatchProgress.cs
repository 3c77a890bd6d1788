namespace ImageContracts.Batches;

/// <summary>What <see cref="ImageContracts.Http.ImagesClient.WaitForBatchAsync"/> reports after each poll.</summary>
/// <param name="Status">The batch's status.</param>
/// <param name="Completed">Lines that succeeded so far.</param>
/// <param name="Failed">Lines that failed so far.</param>
/// <param name="Total">Lines in the batch.</param>
public readonly record struct BatchProgress(BatchStatus Status, int Completed, int Failed, int Total);
