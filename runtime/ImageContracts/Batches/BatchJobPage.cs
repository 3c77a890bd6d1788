using System.Collections.Generic;

namespace ImageContracts.Batches;

/// <summary>One page of <c>GET /batches</c>.</summary>
/// <param name="Batches">The batches, newest first.</param>
/// <param name="HasMore">True when another page follows (pass the last id as <c>after</c>).</param>
public sealed record BatchJobPage(IReadOnlyList<BatchJob> Batches, bool HasMore);
