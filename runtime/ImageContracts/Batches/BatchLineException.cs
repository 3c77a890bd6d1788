using System;

namespace ImageContracts.Batches;

/// <summary>A request given to <see cref="BatchInputWriter"/> cannot be a batch line (contract errors, a parameter a
/// batch line cannot use, a duplicate <c>custom_id</c>, ...). The line was not written.</summary>
public sealed class BatchLineException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">The refused line.</param>
    public BatchLineException(BatchLineProblem problem)
        : base("The batch line was refused: " + (problem ?? throw new ArgumentNullException(nameof(problem))))
    {
        Problem = problem;
    }

    /// <summary>The refused line, with its <c>custom_id</c> and errors.</summary>
    public BatchLineProblem Problem { get; }
}
