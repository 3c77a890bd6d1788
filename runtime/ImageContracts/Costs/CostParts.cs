using System;

namespace ImageContracts;

/// <summary>The parts of a <see cref="CostEstimate"/> that are estimated rather than exact.</summary>
[Flags]
public enum CostParts
{
    /// <summary>Nothing estimated.</summary>
    None = 0,

    /// <summary>Input text tokens (prompt tokens estimated from characters, or unknown).</summary>
    InputText = 1,

    /// <summary>Input image tokens (unreadable images, <c>input_fidelity=high</c>, or no token rule).</summary>
    InputImage = 2,

    /// <summary>Output image tokens or per-image price (<c>auto</c> quality/size, sizes missing from the table, free-form sizes).</summary>
    OutputImage = 4,

    /// <summary>Partial images (only produced when streaming).</summary>
    PartialImages = 8,
}
