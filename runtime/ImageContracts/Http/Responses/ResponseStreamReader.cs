using System;
using System.Net;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>The <c>SseItemParser</c> for Responses API streams. Holds the decoded results by call id so the final image
/// repeated in <c>response.completed</c> is not decoded twice. <c>error</c> events and failed responses throw
/// <see cref="ImageApiException"/>.</summary>
internal sealed class ResponseStreamReader : JsonEventParser<ResponseStreamEvent>
{
    private readonly ResponseReader _reader = new();

    public ResponseStreamReader(string? requestId, string? secret)
        : base("A Responses stream event", requestId, secret)
    {
    }

    /// <summary>True once <c>response.completed</c> or <c>response.incomplete</c> was read.</summary>
    public bool SawFinal { get; private set; }

    protected override ResponseStreamEvent? ParseObject(string eventType, ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        string? type = null, itemId = null, text = null;
        ImageSettingsFields settings = default;
        string? errorMessage = null, errorCode = null, errorType = null, errorParam = null;
        int? sequence = null, outputIndex = null, partialIndex = null;
        byte[]? partial = null;
        ResponseReader.OutputItem? item = null;
        ImageResponse? response = null;
        ModerationDetails? moderation = null;
        while (JsonRead.NextTokenType(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = Secrets.Scrub(JsonRead.String(ref reader), Secret);
            }
            else if (reader.ValueTextEquals("sequence_number"u8))
            {
                sequence = JsonRead.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("output_index"u8))
            {
                outputIndex = JsonRead.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("item_id"u8))
            {
                itemId = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("partial_image_index"u8))
            {
                partialIndex = JsonRead.Int32(ref reader);
            }
            else if (reader.ValueTextEquals("partial_image_b64"u8))
            {
                partial = Base64Utf8.DecodeValue(ref reader);
            }
            else if (reader.ValueTextEquals("delta"u8) || reader.ValueTextEquals("text"u8))
            {
                text = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("item"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    item = _reader.ReadItem(ref reader, data);
                }
            }
            else if (reader.ValueTextEquals("response"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    response = _reader.ReadResponse(ref reader, data, RequestId);
                }
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                errorMessage = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("code"u8))
            {
                errorCode = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("param"u8))
            {
                errorParam = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                if (JsonRead.EnterObject(ref reader))
                {
                    ApiErrorReader.ReadErrorObject(ref reader, out errorMessage, out errorType, out errorCode, out errorParam, out moderation);
                }
            }
            else if (!settings.TryRead(ref reader))
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        type ??= eventType;
        if (type == "error")
        {
            errorType = Secrets.Scrub(errorType, Secret);
            errorCode = Secrets.Scrub(errorCode, Secret);
            throw new ImageApiException(HttpStatusCode.OK, ImageApiException.Classify(HttpStatusCode.OK, errorType, errorCode), Secrets.Scrub(errorMessage, Secret), errorType, errorCode, Secrets.Scrub(errorParam, Secret), "(error event in the Responses stream)")
            {
                Moderation = moderation,
                RequestId = RequestId,
            };
        }

        if (type == "response.failed")
        {
            throw Failed(response, RequestId, Secret);
        }

        ResponseStreamEventKind kind = type switch
        {
            "response.created" => ResponseStreamEventKind.ResponseCreated,
            "response.in_progress" => ResponseStreamEventKind.ResponseInProgress,
            "response.completed" => ResponseStreamEventKind.ResponseCompleted,
            "response.incomplete" => ResponseStreamEventKind.ResponseIncomplete,
            "response.output_item.added" => ResponseStreamEventKind.OutputItemAdded,
            "response.output_item.done" => ResponseStreamEventKind.OutputItemDone,
            "response.image_generation_call.in_progress" => ResponseStreamEventKind.ImageGenerationInProgress,
            "response.image_generation_call.generating" => ResponseStreamEventKind.ImageGenerationGenerating,
            "response.image_generation_call.partial_image" => ResponseStreamEventKind.ImageGenerationPartialImage,
            "response.image_generation_call.completed" => ResponseStreamEventKind.ImageGenerationCompleted,
            "response.output_text.delta" => ResponseStreamEventKind.OutputTextDelta,
            "response.output_text.done" => ResponseStreamEventKind.OutputTextDone,
            _ => ResponseStreamEventKind.Other,
        };

        if (kind is ResponseStreamEventKind.ResponseCompleted or ResponseStreamEventKind.ResponseIncomplete)
        {
            SawFinal = true;
        }

        return new ResponseStreamEvent
        {
            Kind = kind,
            Type = type,
            SequenceNumber = sequence,
            OutputIndex = outputIndex,
            ItemId = itemId ?? item?.Id,
            PartialImageIndex = partialIndex,
            PartialImage = partial ?? ReadOnlyMemory<byte>.Empty,
            Size = settings.Size,
            Quality = settings.Quality,
            Background = settings.Background,
            OutputFormat = settings.OutputFormat,
            Item = item?.Call,
            Response = response,
            Text = kind is ResponseStreamEventKind.OutputTextDelta or ResponseStreamEventKind.OutputTextDone ? text : null,
        };
    }

    /// <summary>The exception for a failed response.</summary>
    internal static ImageApiException Failed(ImageResponse? response, string? requestId, string? secret) =>
        new(HttpStatusCode.OK, ImageApiException.Classify(HttpStatusCode.OK, null, response?.ErrorCode),
            Secrets.Scrub(response?.ErrorMessage ?? "The response failed without an error message.", secret),
            null, Secrets.Scrub(response?.ErrorCode, secret), null, "(response " + (Secrets.Scrub(response?.Id, secret) ?? "?") + " failed)")
        {
            RequestId = requestId,
        };
}
