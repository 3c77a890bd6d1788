using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using ImageContracts.Http;

namespace ImageContracts.Cli.Output;

/// <summary>Shows the exact wire form of a request (<c>--dry-run</c>): the JSON body, or the multipart parts with each
/// file's name, type, size and dimensions instead of its bytes.</summary>
internal static class WireRequestPrinter
{
    /// <summary>True when the request goes as multipart/form-data.</summary>
    public static bool IsMultipart(WireImageRequest request) => request.Endpoint is ImageEndpoint.Edits or ImageEndpoint.Variations;

    /// <summary>Writes <c>"body": {...}</c> or <c>"multipart": [...]</c> into an open JSON object.</summary>
    public static void WriteJson(Utf8JsonWriter writer, WireImageRequest request)
    {
        if (!IsMultipart(request))
        {
            writer.WritePropertyName("body");
            request.WriteJson(writer);
            return;
        }

        writer.WriteStartArray("multipart");
        foreach (MultipartPart part in Parts(request))
        {
            writer.WriteStartObject();
            writer.WriteString("name", part.Name);
            if (part.File is { } file)
            {
                writer.WriteString("fileName", part.FileName);
                writer.WriteString("contentType", file.ContentType);
                writer.WriteNumber("bytes", file.Length);
                writer.WriteNumber("width", file.Width);
                writer.WriteNumber("height", file.Height);
            }
            else
            {
                writer.WriteString("value", part.Value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The body as indented JSON, or one line per multipart part.</summary>
    public static string ToText(WireImageRequest request)
    {
        if (!IsMultipart(request))
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                request.WriteJson(writer);
            }

            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }

        var text = new StringBuilder();
        foreach (MultipartPart part in Parts(request))
        {
            text.Append("  ").Append(part.Name).Append(": ");
            if (part.File is { } file)
            {
                text.Append(CultureInfo.InvariantCulture, $"<file {part.FileName}, {file.ContentType}, {ByteSize.Format(file.Length)}, {file.Width}x{file.Height}>");
            }
            else
            {
                text.Append(part.Value);
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd();
    }

    private static System.Collections.Generic.IReadOnlyList<MultipartPart> Parts(WireImageRequest request)
    {
        var writer = new MultipartWriter();
        request.WriteMultipart(writer);
        return writer.Parts;
    }
}
