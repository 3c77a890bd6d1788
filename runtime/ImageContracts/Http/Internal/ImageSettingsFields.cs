using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>The <c>size</c>, <c>quality</c>, <c>background</c> and <c>output_format</c> fields that the Images API
/// response, its stream events, the Responses image call and its stream events all report for an image. A mutable
/// struct, held in a local by the reader that fills it.</summary>
internal struct ImageSettingsFields
{
    public string? Size;
    public string? Quality;
    public string? Background;
    public string? OutputFormat;

    /// <summary>Reads the value when the reader is on one of the four property names; false (nothing read) otherwise.</summary>
    public bool TryRead(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("size"u8))
        {
            Size = JsonRead.String(ref reader);
        }
        else if (reader.ValueTextEquals("quality"u8))
        {
            Quality = JsonRead.String(ref reader);
        }
        else if (reader.ValueTextEquals("background"u8))
        {
            Background = JsonRead.String(ref reader);
        }
        else if (reader.ValueTextEquals("output_format"u8))
        {
            OutputFormat = JsonRead.String(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }
}
