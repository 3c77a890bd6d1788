using System.Text;
using System.Text.Json;
using ImageContracts.Http;

namespace ImageContracts;

/// <summary>
/// The one reader of the <c>usage</c> object the Images API, its streams, batch output lines and the Responses API
/// all send. Every field any of them carries is read here once; <see cref="ImageUsage"/> and
/// <see cref="ResponseUsage"/> take the fields they expose.
/// </summary>
internal static class UsageReader
{
    /// <summary>Reads an Images API <c>usage</c> (the reader is on the property name): null for JSON null; any other
    /// non-object is malformed and throws, like every other field of an image response.</summary>
    public static ImageUsage? ReadImageUsage(ref Utf8JsonReader reader)
    {
        JsonRead.Next(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonRead.ExpectObject(ref reader);
        return ReadObject(ref reader).ToImageUsage();
    }

    /// <summary>Reads a Responses API <c>usage</c> (the reader is on the property name): null when it is not an object
    /// (the mainline model's tokens are informational; a response is not rejected for them).</summary>
    public static ResponseUsage? ReadResponseUsage(ref Utf8JsonReader reader)
    {
        if (!JsonRead.EnterObject(ref reader))
        {
            return null;
        }

        UsageCounts counts = ReadObject(ref reader);
        return new ResponseUsage
        {
            InputTokens = counts.Input,
            OutputTokens = counts.Output,
            TotalTokens = counts.Total,
            CachedInputTokens = counts.CachedInput,
            ReasoningTokens = counts.Reasoning,
        };
    }

    /// <summary>Reads a <c>usage</c> element (the public <see cref="ImageUsage.FromJson"/>); anything but an object
    /// reads as all zeros.</summary>
    public static ImageUsage ReadImageUsage(JsonElement usage)
    {
        if (usage.ValueKind != JsonValueKind.Object)
        {
            return new UsageCounts().ToImageUsage();
        }

        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(usage.GetRawText()));
        JsonRead.Next(ref reader);
        return ReadObject(ref reader).ToImageUsage();
    }

    /// <summary>Reads the object the reader is on, through its end. Counts that are missing, null or not 32-bit
    /// integers read as 0, or null for the optional ones.</summary>
    private static UsageCounts ReadObject(ref Utf8JsonReader reader)
    {
        var counts = new UsageCounts();
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("input_tokens"u8))
            {
                counts.Input = JsonRead.Int32(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("output_tokens"u8))
            {
                counts.Output = JsonRead.Int32(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("total_tokens"u8))
            {
                counts.Total = JsonRead.Int32(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("input_tokens_details"u8))
            {
                ReadInputDetails(ref reader, ref counts);
            }
            else if (reader.ValueTextEquals("output_tokens_details"u8))
            {
                ReadOutputDetails(ref reader, ref counts);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return counts;
    }

    private static void ReadInputDetails(ref Utf8JsonReader reader, ref UsageCounts counts)
    {
        if (!JsonRead.EnterObject(ref reader))
        {
            return;
        }

        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text_tokens"u8))
            {
                counts.InputText = JsonRead.Int32(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("image_tokens"u8))
            {
                counts.InputImage = JsonRead.Int32(ref reader) ?? 0;
            }
            else if (reader.ValueTextEquals("cached_tokens"u8))
            {
                counts.CachedInput = JsonRead.Int32(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }
    }

    private static void ReadOutputDetails(ref Utf8JsonReader reader, ref UsageCounts counts)
    {
        if (!JsonRead.EnterObject(ref reader))
        {
            return;
        }

        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("image_tokens"u8))
            {
                counts.OutputImage = JsonRead.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("text_tokens"u8))
            {
                counts.OutputText = JsonRead.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("reasoning_tokens"u8))
            {
                counts.Reasoning = JsonRead.Int32(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }
    }

    /// <summary>Every count a <c>usage</c> object may carry.</summary>
    private struct UsageCounts
    {
        public int Input;
        public int Output;
        public int Total;
        public int InputText;
        public int InputImage;
        public int? CachedInput;
        public int? OutputImage;
        public int? OutputText;
        public int? Reasoning;

        public readonly ImageUsage ToImageUsage() => new()
        {
            InputTokens = Input,
            OutputTokens = Output,
            TotalTokens = Total,
            InputTextTokens = InputText,
            InputImageTokens = InputImage,
            CachedInputTokens = CachedInput,
            OutputImageTokens = OutputImage,
            OutputTextTokens = OutputText,
        };
    }
}
