using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>Reads an <c>ImagesResponse</c> body with <see cref="Utf8JsonReader"/>; base64 images are decoded straight from the body bytes.</summary>
internal static class ImagesResponseReader
{
    /// <summary>Reads the body; <paramref name="now"/> (the client's clock) starts a URL's lifetime when the body has no <c>created</c>.</summary>
    public static ImageResult Read(ReadOnlySpan<byte> body, string model, string? requestId, Func<ImageUsage?, decimal?> cost, DateTimeOffset now)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        JsonRead.Next(ref reader);
        JsonRead.ExpectObject(ref reader);
        DateTimeOffset created = default;
        ImageSettingsFields settings = default;
        ImageUsage? usage = null;
        var raw = new List<(byte[]? Bytes, string? Url, string? Revised)>();
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("created"u8))
            {
                created = JsonRead.UnixTime(JsonRead.Int64(ref reader)) ?? default;
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                if (!JsonRead.EnterArray(ref reader))
                {
                    continue;
                }

                while (JsonRead.NextTokenType(ref reader) != JsonTokenType.EndArray)
                {
                    JsonRead.ExpectObject(ref reader);
                    byte[]? bytes = null;
                    string? url = null, revised = null;
                    while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("b64_json"u8))
                        {
                            bytes = Base64Utf8.DecodeValue(ref reader);
                        }
                        else if (reader.ValueTextEquals("url"u8))
                        {
                            url = JsonRead.String(ref reader);
                        }
                        else if (reader.ValueTextEquals("revised_prompt"u8))
                        {
                            revised = JsonRead.String(ref reader);
                        }
                        else
                        {
                            JsonRead.SkipValue(ref reader);
                        }
                    }

                    raw.Add((bytes, url, revised));
                }
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                usage = UsageReader.ReadImageUsage(ref reader);
            }
            else if (!settings.TryRead(ref reader))
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        var images = new GeneratedImage[raw.Count];
        for (int i = 0; i < raw.Count; i++)
        {
            (byte[]? bytes, string? url, string? revised) = raw[i];
            Uri? uri = url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) ? parsed : null;
            DateTimeOffset? expires = uri is null ? null : (created == default ? now : created) + GeneratedImage.UrlLifetime;
            string? format = settings.OutputFormat ?? (bytes is null ? null : Detect(bytes));
            images[i] = new GeneratedImage(bytes ?? ReadOnlyMemory<byte>.Empty, uri, expires, revised, format);
        }

        return new ImageResult
        {
            Model = model,
            Created = created,
            Images = images,
            Size = settings.Size,
            Quality = settings.Quality,
            Background = settings.Background,
            OutputFormat = settings.OutputFormat,
            Usage = usage,
            CostUsd = cost(usage),
            RequestId = requestId,
        };
    }

    internal static string? Detect(ReadOnlySpan<byte> bytes)
    {
        ImageFormat format = ImageInspector.DetectFormat(bytes);
        return format == ImageFormat.Unknown ? null : WireValue.Format(format);
    }
}
