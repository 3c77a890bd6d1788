namespace ImageContracts.Http;

/// <summary>The <c>usage</c> of a Responses API call (the mainline model's tokens).</summary>
public sealed class ResponseUsage
{
    /// <summary><c>input_tokens</c>.</summary>
    public int InputTokens { get; init; }

    /// <summary><c>output_tokens</c>.</summary>
    public int OutputTokens { get; init; }

    /// <summary><c>total_tokens</c>.</summary>
    public int TotalTokens { get; init; }

    /// <summary><c>input_tokens_details.cached_tokens</c>, when present.</summary>
    public int? CachedInputTokens { get; init; }

    /// <summary><c>output_tokens_details.reasoning_tokens</c>, when present.</summary>
    public int? ReasoningTokens { get; init; }
}
