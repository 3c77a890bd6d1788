using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>
/// Reads typed events from an SSE body with <see cref="SseParser"/> and an item parser that decodes straight from each
/// event's UTF-8 bytes. A body that ends in the middle of an event, or without its final event, throws
/// <see cref="ImageResponseException"/>; transport exceptions pass through unchanged (the client maps them). Reading
/// stops as soon as the last expected event has arrived (n completed images, <c>response.completed</c>): a server or proxy
/// that keeps the connection open afterwards (keep-alive comments) neither delays the result nor adds events to it.
/// </summary>
internal static class SseEvents
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(
        Stream body,
        SseItemParser<T?> parse,
        Func<bool> sawFinal,
        Func<bool> done,
        string what,
        string finalName,
        HttpStatusCode status,
        string? requestId,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        using var guard = new SseCompletionGuardStream(body);
        await foreach (SseItem<T?> item in SseParser.Create(guard, parse).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Data is { } data)
            {
                yield return data;
            }

            if (done())
            {
                yield break;
            }
        }

        if (sawFinal())
        {
            yield break;
        }

        string how = guard.EndedMidEvent
            ? " ended in the middle of an event after " + guard.BytesRead + " bytes (the connection closed before the event's blank line)."
            : " ended after " + guard.BytesRead + " bytes without " + finalName + ".";
        throw new ImageResponseException("The " + what + how, status) { RequestId = requestId };
    }

    /// <summary>Image API events (<c>image_generation.*</c>, <c>image_edit.*</c>) from an SSE body; it ends after
    /// <paramref name="expectedImages"/> (the request's <c>n</c>) completed events.</summary>
    public static IAsyncEnumerable<ImageStreamEvent> ReadImageEventsAsync(Stream body, Func<ImageUsage?, decimal?>? cost = null, string? requestId = null, string? secret = null, HttpStatusCode status = HttpStatusCode.OK, CancellationToken cancellationToken = default, int expectedImages = 1)
    {
        var reader = new ImageStreamReader(cost ?? (_ => null), requestId, secret);
        return ReadAsync(body, reader.Parse, () => reader.SawCompleted, () => reader.CompletedCount >= expectedImages, "image stream", "a completed event", status, requestId, cancellationToken);
    }

    /// <summary>Responses API events from an SSE body.</summary>
    public static IAsyncEnumerable<ResponseStreamEvent> ReadResponseEventsAsync(Stream body, string? requestId = null, string? secret = null, HttpStatusCode status = HttpStatusCode.OK, CancellationToken cancellationToken = default)
    {
        var reader = new ResponseStreamReader(requestId, secret);
        return ReadAsync(body, reader.Parse, () => reader.SawFinal, () => reader.SawFinal, "Responses stream", "response.completed", status, requestId, cancellationToken);
    }
}
