using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

public sealed partial class ImagesClient
{

    /// <summary><c>POST /responses</c> with the <c>image_generation</c> tool: the mainline model calls the image model.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response, with its image calls (id, status, image bytes, revised prompt) and output text. A response
    /// with status <c>incomplete</c> is returned; a <c>failed</c> one throws <see cref="ImageApiException"/>.</returns>
    /// <exception cref="ImageRequestValidationException">The tool breaks its model's contract, the host model cannot call it, or there is no input.</exception>
    /// <exception cref="ImageSpendingLimitException">The image tool's estimated maximum breaks a spending limit (nothing was sent).</exception>
    /// <exception cref="ImageApiException">The API answered with an error, or the response failed.</exception>
    /// <exception cref="ImageConnectionException">The server could not be reached, or timed out, on every attempt.</exception>
    /// <exception cref="ImageResponseException">The response could not be read.</exception>
    public async Task<ImageResponse> CreateResponseAsync(ImageResponseRequest request, CancellationToken cancellationToken = default)
    {
        ValidateResponse(request);
        using RequestSpec spec = ResponseSpec(request, stream: false);
        // Reserved before sending; settled with the tool's actual cost once answered; released (disposed) on failure.
        using SpendingReservation? reservation = ReserveSpending(request);
        using System.Diagnostics.Activity? activity = StartResponseActivity(request, spec);
        try
        {
            var result = await ExecuteAsync(spec, (response, token) => ReadResponseAsync(response, token), keepOpen: false, cancellationToken).ConfigureAwait(false);
            ImageResponse value = result.Value;
            if (value.Status == "failed")
            {
                throw ResponseStreamReader.Failed(value, value.RequestId, _apiKey);
            }

            decimal? cost = PriceResponse(request, value);
            reservation?.Settle(cost ?? reservation.ReservedUsd);
            ImagesTelemetry.Response(activity, value, _apiKey);
            return value;
        }
        catch (System.Exception ex) when (activity is not null)
        {
            ImagesTelemetry.Failed(activity, ex);
            throw;
        }
    }

    /// <summary><c>POST /responses</c> with <c>stream: true</c>: lifecycle events, <c>response.image_generation_call.*</c>
    /// events with partial images, the final image in <c>output_item.done</c>, and <c>response.completed</c> (whose
    /// repeated image is not decoded again).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call and the stream.</param>
    /// <returns>The events. The request is validated when this method is called and sent when enumeration starts; it is
    /// retried only before the first event. A failed response or an <c>error</c> event throws
    /// <see cref="ImageApiException"/>; a stream cut mid-event or ending without <c>response.completed</c> throws
    /// <see cref="ImageResponseException"/>.</returns>
    public IAsyncEnumerable<ResponseStreamEvent> CreateResponseStreamingAsync(ImageResponseRequest request, CancellationToken cancellationToken = default)
    {
        ValidateResponse(request);
        RequestSpec spec = ResponseSpec(request, stream: true);
        IReadOnlyDictionary<string, object?> tool = request.Tool.ToParameters();
        return InstrumentAsync(
            "create_response",
            request.Model,
            spec,
            ImagesTelemetry.Parameter(tool, "size"),
            ImagesTelemetry.Parameter(tool, "quality"),
            token => SpendOnResponseStreamAsync(request, inner => StreamResponseAsync(spec, inner), token),
            (activity, item) =>
            {
                activity.SetTag("imagecontracts.image_model", request.Tool.Model);
                if (item.Kind == ResponseStreamEventKind.ResponseCompleted && item.Response is not null)
                {
                    ImagesTelemetry.Response(activity, item.Response, _apiKey);
                }
            },
            cancellationToken);
    }

    private System.Diagnostics.Activity? StartResponseActivity(ImageResponseRequest request, RequestSpec spec)
    {
        IReadOnlyDictionary<string, object?> tool = request.Tool.ToParameters();
        System.Diagnostics.Activity? activity = StartActivity("create_response", request.Model, spec, ImagesTelemetry.Parameter(tool, "size"), ImagesTelemetry.Parameter(tool, "quality"));
        activity?.SetTag("imagecontracts.image_model", request.Tool.Model);
        return activity;
    }

    private void ValidateResponse(ImageResponseRequest request)
    {
        System.ArgumentNullException.ThrowIfNull(request);
        if (!_options.ValidateRequests)
        {
            return;
        }

        ValidationResult result = request.Validate(_validation);
        if (!result.IsValid)
        {
            throw new ImageRequestValidationException(request.Tool.Model, ImageEndpoint.Responses, result);
        }
    }

    private RequestSpec ResponseSpec(ImageResponseRequest request, bool stream)
    {
        var body = new PooledBuffer(1024);
        try
        {
            using (var writer = new Utf8JsonWriter(body, WriterOptions))
            {
                request.WriteJson(writer, stream);
            }

            return RequestSpec.Json(PathOf(ImageEndpoint.Responses), stream ? "response (stream)" : "response", request.Model, body, stream);
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private async Task<ImageResponse> ReadResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? requestId = RequestIdOf(response);
        using PooledBuffer body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return Parse(body.WrittenSpan, requestId);
        }
        catch (JsonException ex)
        {
            throw new ImageResponseException(
                "The responses body (" + body.Count + " bytes, " + (response.Content.Headers.ContentType?.MediaType ?? "no content type") + ") is not a valid response object: " + ex.Message,
                response.StatusCode,
                ex)
            {
                RequestId = requestId,
            };
        }

        static ImageResponse Parse(System.ReadOnlySpan<byte> data, string? requestId)
        {
            var reader = new Utf8JsonReader(data);
            JsonRead.Next(ref reader);
            return new ResponseReader().ReadResponse(ref reader, data, requestId);
        }
    }

    private async IAsyncEnumerable<ResponseStreamEvent> StreamResponseAsync(RequestSpec spec, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        (HttpResponseMessage response, CancellationTokenSource timeout) = await OpenStreamAsync(spec, cancellationToken).ConfigureAwait(false);
        using (response)
        using (timeout)
        {
            if (!IsEventStream(response))
            {
                ImageResponse whole = await ReadResponseAsync(response, timeout.Token).ConfigureAwait(false);
                if (whole.Status == "failed")
                {
                    throw ResponseStreamReader.Failed(whole, whole.RequestId, _apiKey);
                }

                yield return new ResponseStreamEvent
                {
                    Kind = whole.Status == "incomplete" ? ResponseStreamEventKind.ResponseIncomplete : ResponseStreamEventKind.ResponseCompleted,
                    Type = whole.Status == "incomplete" ? "response.incomplete" : "response.completed",
                    Response = whole,
                };
                yield break;
            }

            CancellationToken token = timeout.Token;
            IAsyncEnumerable<ResponseStreamEvent> events = MapFailuresAsync(
                response,
                body => SseEvents.ReadResponseEventsAsync(body, RequestIdOf(response), _apiKey, response.StatusCode, token),
                "Responses stream",
                token,
                cancellationToken);
            await foreach (ResponseStreamEvent item in events.ConfigureAwait(false))
            {
                yield return item;
            }
        }
    }
}
