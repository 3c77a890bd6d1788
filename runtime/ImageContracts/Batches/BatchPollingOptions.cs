using System;

namespace ImageContracts.Batches;

/// <summary>How <see cref="ImageContracts.Http.ImagesClient.WaitForBatchAsync"/> polls: the first delay, multiplied by
/// <see cref="Factor"/> after each poll that shows no progress, up to <see cref="MaxDelay"/>; progress resets it.</summary>
public sealed class BatchPollingOptions
{
    /// <summary>The first delay. Default 5 s.</summary>
    public TimeSpan InitialDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest delay. Default 5 minutes (the completion window is 24 hours).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The growth factor. Default 2.</summary>
    public double Factor { get; set; } = 2;

    internal void Check()
    {
        if (InitialDelay <= TimeSpan.Zero || MaxDelay < InitialDelay || !(Factor >= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(InitialDelay), "Polling needs InitialDelay > 0, MaxDelay >= InitialDelay and Factor >= 1.");
        }
    }
}
