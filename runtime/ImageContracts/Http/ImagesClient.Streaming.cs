using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

public sealed partial class ImagesClient
{
    /// <summary>What a streaming call adds to its request's parameters: the call owns <c>stream</c>.</summary>
    private static readonly IReadOnlyDictionary<string, object?> StreamTrue = new RequestParameters { ["stream"] = true };

    /// <summary><c>POST /images/generations</c> with <c>stream: true</c>: partial images (as many as the request's
    /// <c>partial_images</c>) and then the completed image, as they arrive. <c>stream</c> is sent for you.</summary>
    /// <param name="request">A generations request of a GPT image model; its <c>Stream</c> must be unset or true.</param>
    /// <param name="cancellationToken">Cancels the call and the stream.</param>
    /// <returns>The events. The request is validated when this method is called; it is sent when enumeration starts.
    /// Retries happen only before the first event; a stream that ends mid-event or without its completed event throws
    /// <see cref="ImageResponseException"/>.</returns>
    public IAsyncEnumerable<ImageStreamEvent> GenerateStreamingAsync(IGenerationRequest request, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(request, ImageEndpoint.Generations, nameof(GenerateStreamingAsync));
        Validate(request, streaming: true);
        return InstrumentImages(request, JsonSpec(request, PathOf(ImageEndpoint.Generations), "generate (stream)", stream: true), cancellationToken);
    }

    /// <summary><c>POST /images/edits</c> (multipart) with <c>stream: true</c>: partial images, then the completed image.</summary>
    /// <param name="request">A multipart edit request of a GPT image model.</param>
    /// <param name="cancellationToken">Cancels the call and the stream.</param>
    /// <inheritdoc cref="GenerateStreamingAsync(IGenerationRequest, CancellationToken)" path="/returns"/>
    public IAsyncEnumerable<ImageStreamEvent> EditStreamingAsync(IEditRequest request, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(request, ImageEndpoint.Edits, nameof(EditStreamingAsync));
        Validate(request, streaming: true);
        return InstrumentImages(request, MultipartSpec(request, PathOf(ImageEndpoint.Edits), "edit (stream)", stream: true), cancellationToken);
    }

    /// <summary><c>POST /images/edits</c> (JSON) with <c>stream: true</c>: partial images, then the completed image.</summary>
    /// <param name="request">A JSON edit request of a GPT image model.</param>
    /// <param name="cancellationToken">Cancels the call and the stream.</param>
    /// <inheritdoc cref="GenerateStreamingAsync(IGenerationRequest, CancellationToken)" path="/returns"/>
    public IAsyncEnumerable<ImageStreamEvent> EditStreamingAsync(IJsonEditRequest request, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(request, ImageEndpoint.JsonEdits, nameof(EditStreamingAsync));
        Validate(request, streaming: true);
        return InstrumentImages(request, JsonSpec(request, PathOf(ImageEndpoint.JsonEdits), "edit (stream)", stream: true), cancellationToken);
    }

    private IAsyncEnumerable<ImageStreamEvent> InstrumentImages(IImageRequest request, RequestSpec spec, CancellationToken cancellationToken) =>
        InstrumentAsync(
            OperationName(request.Endpoint),
            request.Model,
            spec,
            null,
            null,
            token => SpendOnStreamAsync(request, inner => StreamImagesAsync(request, spec, inner), token),
            static (activity, item) =>
            {
                if (item.IsCompleted)
                {
                    ImagesTelemetry.Reported(activity, item.Size, item.Quality);
                    ImagesTelemetry.Usage(activity, item.Usage, item.CostUsd);
                }
            },
            cancellationToken);

    /// <summary>Wraps a stream in the call's span and logging: the span lasts until the stream ends or fails.</summary>
    private async IAsyncEnumerable<T> InstrumentAsync<T>(
        string operation,
        string model,
        RequestSpec spec,
        string? size,
        string? quality,
        Func<CancellationToken, IAsyncEnumerable<T>> source,
        Action<System.Diagnostics.Activity, T> onItem,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using System.Diagnostics.Activity? activity = StartActivity(operation, model, spec, size, quality);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        int count = 0;
        IAsyncEnumerator<T> events = source(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    ImagesTelemetry.Failed(activity, ex);
                    if (_log.IsEnabled(ImagesClientLogLevel.Warning) && ex is not OperationCanceledException)
                    {
                        Log.StreamFailed(_log, operation, model, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, Log.Describe(ex), (ex as ImagesClientException)?.RequestId);
                    }

                    throw;
                }

                if (!more)
                {
                    break;
                }

                count++;
                if (activity is not null)
                {
                    onItem(activity, events.Current);
                }

                yield return events.Current;
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }

        if (_log.IsEnabled(ImagesClientLogLevel.Debug))
        {
            Log.StreamEnded(_log, operation, model, count, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async IAsyncEnumerable<ImageStreamEvent> StreamImagesAsync(IImageRequest request, RequestSpec spec, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int expectedImages = ExpectedImages(spec);
        (HttpResponseMessage response, CancellationTokenSource timeout) = await OpenStreamAsync(spec, cancellationToken).ConfigureAwait(false);
        using (response)
        using (timeout)
        {
            if (!IsEventStream(response))
            {
                // The server answered without streaming: report its images as completed events.
                ImageResult result = await ReadImagesAsync(request, response, timeout.Token).ConfigureAwait(false);
                foreach (GeneratedImage image in result.Images)
                {
                    yield return new ImageStreamEvent
                    {
                        Kind = ImageStreamEventKind.Completed,
                        Type = request.Endpoint == ImageEndpoint.Generations ? "image_generation.completed" : "image_edit.completed",
                        Image = image.Bytes,
                        CreatedAt = result.Created,
                        Size = result.Size,
                        Quality = result.Quality,
                        Background = result.Background,
                        OutputFormat = result.OutputFormat,
                        Usage = result.Usage,
                        CostUsd = result.CostUsd,
                    };
                }

                yield break;
            }

            await foreach (ImageStreamEvent item in ReadImageEventsAsync(request, response, expectedImages, timeout.Token, cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }

    /// <summary>Sends a streaming request (retried as any other until it is answered) and keeps the answer open: the
    /// response and the call's timeout belong to the caller; the spec is disposed here.</summary>
    private async Task<(HttpResponseMessage Response, CancellationTokenSource Timeout)> OpenStreamAsync(RequestSpec spec, CancellationToken cancellationToken)
    {
        using (spec)
        {
            var sent = await ExecuteAsync(spec, (r, _) => Task.FromResult(true), keepOpen: true, cancellationToken).ConfigureAwait(false);
            return (sent.Response!, sent.Timeout!);
        }
    }

    /// <summary>The images a request asks for (its <c>n</c>, default 1): an Image API stream ends after that many completed events.</summary>
    private static int ExpectedImages(RequestSpec spec) =>
        int.TryParse(spec.Parameter("n"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0 ? n : 1;

    private IAsyncEnumerable<ImageStreamEvent> ReadImageEventsAsync(IImageRequest request, HttpResponseMessage response, int expectedImages, CancellationToken token, CancellationToken callerToken = default) =>
        MapFailuresAsync(
            response,
            body => SseEvents.ReadImageEventsAsync(body, usage => CostOf(request, usage), RequestIdOf(response), _apiKey, response.StatusCode, token, expectedImages),
            "image stream",
            token,
            callerToken);

    /// <summary>Opens the body and enumerates the events, mapping transport failures and timeouts to
    /// <see cref="ImageConnectionException"/> (never retried: events may already have been delivered).</summary>
    private async IAsyncEnumerable<T> MapFailuresAsync<T>(
        HttpResponseMessage response,
        Func<Stream, IAsyncEnumerable<T>> read,
        string what,
        [EnumeratorCancellation] CancellationToken token,
        CancellationToken callerToken = default)
    {
        string? requestId = RequestIdOf(response);
        Stream body;
        try
        {
            body = await OpenBodyAsync(response, token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException)
        {
            throw MapStreamFailure(ex, what, requestId, callerToken, token);
        }

        IAsyncEnumerator<T> events = read(body).GetAsyncEnumerator(token);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await events.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException or OperationCanceledException or IdleTimeoutException)
                {
                    throw MapStreamFailure(ex, what, requestId, callerToken, token);
                }

                if (!more)
                {
                    yield break;
                }

                yield return events.Current;
            }
        }
        finally
        {
            await events.DisposeAsync().ConfigureAwait(false);
        }
    }

    private Exception MapStreamFailure(Exception failure, string what, string? requestId, CancellationToken callerToken, CancellationToken token)
    {
        if (failure is IdleTimeoutException idle)
        {
            return new ImageConnectionException("The " + what + " went idle: " + idle.Message + "; streams are not retried once they have started.", isTimeout: true, failure)
            {
                RequestId = requestId,
            };
        }

        if (failure is OperationCanceledException)
        {
            if (callerToken.IsCancellationRequested)
            {
                return failure;
            }

            if (token.IsCancellationRequested || failure.InnerException is TimeoutException)
            {
                return new ImageConnectionException("The " + what + " timed out (Timeout " + RetryPolicy.Describe(_options.Timeout) + "); streams are not retried once they have started.", isTimeout: true, failure)
                {
                    RequestId = requestId,
                };
            }

            return failure;
        }

        return new ImageConnectionException("The connection failed while reading the " + what + ": " + Secrets.Scrub(failure.Message, _apiKey) + " Streams are not retried once they have started.", isTimeout: false, failure)
        {
            RequestId = requestId,
        };
    }
}
