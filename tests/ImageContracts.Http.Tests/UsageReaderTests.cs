using System.Text;
using System.Text.Json;

namespace ImageContracts.Http.Tests;

/// <summary>The one reader of <c>usage</c> objects: every count any API sends, and what each caller does with a
/// usage that is not an object.</summary>
public class UsageReaderTests
{
    private const string Full = """
        {"usage":{"input_tokens":50,"output_tokens":70,"total_tokens":120,"extra":[1,{"a":2}],
          "input_tokens_details":{"text_tokens":10,"image_tokens":40,"cached_tokens":8,"audio_tokens":3},
          "output_tokens_details":{"image_tokens":60,"text_tokens":4,"reasoning_tokens":6}}}
        """;

    [Fact]
    public void An_images_usage_keeps_the_image_and_text_split_and_the_cached_input()
    {
        ImageUsage usage = ReadImage(Full)!;

        Assert.Equal((50, 70, 120, 10, 40, 8, 60, 4),
            (usage.InputTokens, usage.OutputTokens, usage.TotalTokens, usage.InputTextTokens, usage.InputImageTokens, usage.CachedInputTokens, usage.OutputImageTokens, usage.OutputTextTokens));
    }

    [Fact]
    public void A_responses_usage_keeps_the_cached_input_and_reasoning_tokens()
    {
        ResponseUsage usage = ReadResponse(Full)!;

        Assert.Equal((50, 70, 120, 8, 6), (usage.InputTokens, usage.OutputTokens, usage.TotalTokens, usage.CachedInputTokens, usage.ReasoningTokens));
    }

    [Fact]
    public void The_element_form_reads_the_same_counts_and_a_non_object_as_zeros()
    {
        using JsonDocument document = JsonDocument.Parse(Full);
        ImageUsage fromElement = ImageUsage.FromJson(document.RootElement.GetProperty("usage"));
        ImageUsage fromNumber = ImageUsage.FromJson(JsonDocument.Parse("5").RootElement);

        Assert.Equal((50, 70, 120, 10, 40, 8, 60, 4),
            (fromElement.InputTokens, fromElement.OutputTokens, fromElement.TotalTokens, fromElement.InputTextTokens, fromElement.InputImageTokens, fromElement.CachedInputTokens, fromElement.OutputImageTokens, fromElement.OutputTextTokens));
        Assert.Equal((0, 0, 0, (int?)null), (fromNumber.InputTokens, fromNumber.OutputTokens, fromNumber.TotalTokens, fromNumber.OutputImageTokens));
    }

    [Fact]
    public void Counts_that_are_not_32_bit_integers_read_as_zero_or_absent()
    {
        ImageUsage usage = ReadImage("""{"usage":{"input_tokens":"5","output_tokens":1.5,"total_tokens":9999999999,"output_tokens_details":{"image_tokens":null}}}""")!;

        Assert.Equal((0, 0, 0, (int?)null), (usage.InputTokens, usage.OutputTokens, usage.TotalTokens, usage.OutputImageTokens));
    }

    [Fact]
    public void A_null_usage_is_absent_and_a_malformed_one_fails_an_image_response_but_not_a_responses_call()
    {
        Assert.Null(ReadImage("""{"usage":null}"""));
        Assert.Null(ReadResponse("""{"usage":null}"""));
        Assert.Null(ReadResponse("""{"usage":5}"""));
        Assert.Throws<JsonException>(() => ReadImage("""{"usage":5}"""));
    }

    private static ImageUsage? ReadImage(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        MoveToUsage(ref reader);
        return UsageReader.ReadImageUsage(ref reader);
    }

    private static ResponseUsage? ReadResponse(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        MoveToUsage(ref reader);
        return UsageReader.ReadResponseUsage(ref reader);
    }

    // The readers start on the property name, as the response readers call them.
    private static void MoveToUsage(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Read();
        Assert.True(reader.ValueTextEquals("usage"u8));
    }
}
