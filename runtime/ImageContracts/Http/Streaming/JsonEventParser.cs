using System;
using System.Net;
using System.Text.Json;

namespace ImageContracts.Http;

/// <summary>The part every <c>SseItemParser</c> of this runtime shares: an empty or <c>[DONE]</c> event is no item, the
/// event's UTF-8 bytes are read in place with <see cref="Utf8JsonReader"/> (which must find an object), and data that
/// is not valid JSON throws <see cref="ImageResponseException"/>.</summary>
/// <typeparam name="TEvent">The event type the derived parser produces.</typeparam>
internal abstract class JsonEventParser<TEvent>
    where TEvent : class
{
    private readonly string _what;

    /// <param name="what">The event, as the error message names it (e.g. "An Image API stream event").</param>
    /// <param name="requestId">The request id, for the exceptions.</param>
    /// <param name="secret">The API key, scrubbed from error messages.</param>
    protected JsonEventParser(string what, string? requestId, string? secret)
    {
        _what = what;
        RequestId = requestId;
        Secret = secret;
    }

    protected string? RequestId { get; }

    protected string? Secret { get; }

    public TEvent? Parse(string eventType, ReadOnlySpan<byte> data)
    {
        // The SSE event name came from the server: scrubbed before it becomes an event's Type or part of a message.
        eventType = Secrets.Scrub(eventType, Secret)!;
        if (data.IsEmpty || data.SequenceEqual("[DONE]"u8))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(data);
            JsonRead.Next(ref reader);
            JsonRead.ExpectObject(ref reader);
            return ParseObject(eventType, ref reader, data);
        }
        catch (JsonException ex)
        {
            throw new ImageResponseException(_what + " (" + eventType + ", " + data.Length + " bytes) is not valid JSON: " + ex.Message, HttpStatusCode.OK, ex)
            {
                RequestId = RequestId,
            };
        }
    }

    /// <summary>Reads the event's object; the reader is on its start, over <paramref name="data"/>.</summary>
    protected abstract TEvent? ParseObject(string eventType, ref Utf8JsonReader reader, ReadOnlySpan<byte> data);
}
