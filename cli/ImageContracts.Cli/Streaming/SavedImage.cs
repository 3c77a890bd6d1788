namespace ImageContracts.Cli.Streaming;

/// <summary>An image written to disk: where, what it is, and whether it is a partial or a final image.</summary>
internal sealed record SavedImage(string Path, string Kind, int Index, long Bytes, string Format, int Width, int Height);
