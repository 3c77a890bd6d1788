using System;
using System.Collections.Generic;

namespace ImageContracts.Batches;

/// <summary>Settings of a <see cref="BatchOutputReader"/>.</summary>
public sealed class BatchOutputOptions
{
    /// <summary>The longest line read (bytes, newline excluded); a longer line is reported as unreadable and skipped.
    /// Bounds the reader's memory: about this much for the line plus three quarters of it for decoded images.
    /// Default 64 MiB (ten 4K PNGs as base64).</summary>
    public int MaxLineBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>The model of each line by <c>custom_id</c> (<see cref="BatchInputSummary.Models"/>), to price usage.</summary>
    public IReadOnlyDictionary<string, string>? Models { get; set; }

    /// <summary>Finds a model's contract by id (e.g. <c>ImageContract.Catalog.Find</c>), to price usage.</summary>
    public Func<string, ModelContract?>? ModelLookup { get; set; }

    /// <summary>The batch discount applied to priced usage; null: none.</summary>
    public BatchPricing? Pricing { get; set; }
}
