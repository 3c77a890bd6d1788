namespace ImageContracts.Cli.Commands;

/// <summary>One line of the <c>cost</c> table: what was priced and the estimate.</summary>
internal sealed record CostRow(string Label, string Endpoint, long N, long PartialImages, int InputImages, string? Quality, string? Size, CostEstimate Cost);
