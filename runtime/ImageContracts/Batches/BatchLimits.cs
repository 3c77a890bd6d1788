namespace ImageContracts.Batches;

/// <summary>The Batch API's documented limits (NODE-7590: openai 7.59.0 <c>resources/batches.d.ts</c>).</summary>
public static class BatchLimits
{
    /// <summary>Requests per input file.</summary>
    public const int MaxRequests = 50_000;

    /// <summary>Input file size ("up to 200 MB"; read as MiB).</summary>
    public const long MaxInputBytes = 200L * 1024 * 1024;

    /// <summary>The only completion window the API accepts.</summary>
    public const string CompletionWindow = "24h";

    /// <summary>Metadata: at most 16 pairs, keys up to 64 and values up to 512 characters.</summary>
    public const int MaxMetadataPairs = 16;

    /// <summary>Longest metadata key.</summary>
    public const int MaxMetadataKeyLength = 64;

    /// <summary>Longest metadata value.</summary>
    public const int MaxMetadataValueLength = 512;

    /// <summary>The batch endpoint of the generations API.</summary>
    public const string GenerationsUrl = "/v1/images/generations";

    /// <summary>The batch endpoint of the edits API (JSON bodies: images by URL, data URL or file id).</summary>
    public const string EditsUrl = "/v1/images/edits";
}
