using System;
using System.Text;

namespace ImageContracts;

/// <summary>Prompt token counts without a tokenizer.</summary>
public static class PromptTokens
{
    /// <summary>A typical estimate: ceil(characters / 4), counting UTF-16 code units. English text averages about
    /// four characters per token; other scripts may need more tokens.</summary>
    /// <param name="prompt">The prompt.</param>
    public static int Estimate(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return (int)(((long)prompt.Length + 3) / 4);
    }

    /// <summary>A hard upper bound: the UTF-8 byte count. Byte-level BPE tokenizers cover at least one byte per
    /// token, so a prompt can never have more tokens than UTF-8 bytes.</summary>
    /// <param name="prompt">The prompt.</param>
    public static int UpperBound(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return Encoding.UTF8.GetByteCount(prompt);
    }
}
