using System;
using System.Net;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>The <c>SseItemParser</c> for Image API streams: one <see cref="ImageStreamEvent"/> per event, base64 decoded
/// straight from the event's UTF-8 bytes. Error events throw <see cref="ImageApiException"/>.</summary>
internal sealed class ImageStreamReader : JsonEventParser<ImageStreamEvent>
{
    private readonly Func<ImageUsage?, decimal?> _cost;

    public ImageStreamReader(Func<ImageUsage?, decimal?> cost, string? requestId, string? secret)
        : base("An Image API stream event", requestId, secret)
    {
        _cost = cost;
    }

    /// <summary>True once a completed event was read.</summary>
    public bool SawCompleted => CompletedCount > 0;

    /// <summary>The completed events read so far.</summary>
    public int CompletedCount { get; private set; }

    protected override ImageStreamEvent? ParseObject(string eventType, ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        string? type = null;
        ImageSettingsFields settings = default;
        byte[]? image = null;
        int? index = null;
        long? createdAt = null;
        ImageUsage? usage = null;
        ImageApiException? error = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = Secrets.Scrub(JsonRead.String(ref reader), Secret);
            }
            else if (reader.ValueTextEquals("b64_json"u8))
            {
                image = Base64Utf8.DecodeValue(ref reader);
            }
            else if (reader.ValueTextEquals("partial_image_index"u8))
            {
                index = JsonRead.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("created_at"u8))
            {
                createdAt = JsonRead.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("usage"u8))
            {
                usage = UsageReader.ReadImageUsage(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                error = ReadError(ref reader);
            }
            else if (!settings.TryRead(ref reader))
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        type ??= eventType;
        if (error is not null || type == "error")
        {
            throw error ?? new ImageApiException(HttpStatusCode.OK, ImageApiErrorKind.Unknown, "The stream reported an error without details.") { RequestId = RequestId };
        }

        ImageStreamEventKind kind;
        if (type.EndsWith(".partial_image", StringComparison.Ordinal))
        {
            kind = ImageStreamEventKind.PartialImage;
        }
        else if (type.EndsWith(".completed", StringComparison.Ordinal))
        {
            kind = ImageStreamEventKind.Completed;
            CompletedCount++;
        }
        else
        {
            return null; // an event type this version does not know: skipped
        }

        return new ImageStreamEvent
        {
            Kind = kind,
            Type = type,
            Image = image ?? ReadOnlyMemory<byte>.Empty,
            PartialImageIndex = index,
            CreatedAt = JsonRead.UnixTime(createdAt),
            Size = settings.Size,
            Quality = settings.Quality,
            Background = settings.Background,
            OutputFormat = settings.OutputFormat,
            Usage = usage,
            CostUsd = kind == ImageStreamEventKind.Completed ? _cost(usage) : null,
        };
    }

    private ImageApiException ReadError(ref Utf8JsonReader reader)
    {
        JsonRead.Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
            return new ImageApiException(HttpStatusCode.OK, ImageApiErrorKind.Unknown, Secrets.Scrub(text, Secret)) { RequestId = RequestId };
        }

        ApiErrorReader.ReadErrorObject(ref reader, out string? message, out string? type, out string? code, out string? param, out ModerationDetails? moderation);
        type = Secrets.Scrub(type, Secret);
        code = Secrets.Scrub(code, Secret);
        return new ImageApiException(HttpStatusCode.OK, ImageApiException.Classify(HttpStatusCode.OK, type, code), Secrets.Scrub(message, Secret), type, code, Secrets.Scrub(param, Secret), "(error event in the stream)")
        {
            Moderation = moderation,
            RequestId = RequestId,
        };
    }
}
