namespace ImageContracts.Batches;

/// <summary>What <see cref="BatchInputWriter"/> does with a line that breaks its contract or cannot go in a batch.</summary>
public enum BatchInvalidLines
{
    /// <summary>Throw <see cref="BatchLineException"/> (the line is not written). The default.</summary>
    Refuse,

    /// <summary>Leave the line out and record it in <see cref="BatchInputWriter.Problems"/>.</summary>
    Report,
}
