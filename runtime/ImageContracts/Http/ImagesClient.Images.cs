using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

public sealed partial class ImagesClient
{
    /// <summary><c>POST /images/generations</c>: generates images from a prompt.</summary>
    /// <param name="request">A generations request, e.g. <c>GptImage1.GenerateRequest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The images (bytes or URLs), the reported size/quality/background/format, usage and cost. A request with
    /// <c>Stream = true</c> is read to its end and returns the completed images.</returns>
    /// <exception cref="ImageRequestValidationException">The request breaks its model's contract (not sent).</exception>
    /// <exception cref="ImageApiException">The API answered with an error.</exception>
    /// <exception cref="ImageConnectionException">The server could not be reached, or timed out, on every attempt.</exception>
    /// <exception cref="ImageResponseException">The response could not be read.</exception>
    public Task<ImageResult> GenerateAsync(IGenerationRequest request, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(request, ImageEndpoint.Generations, nameof(GenerateAsync));
        Validate(request);
        return SendImagesAsync(request, JsonSpec(request, PathOf(ImageEndpoint.Generations), "generate", stream: false), cancellationToken);
    }

    /// <summary><c>POST /images/edits</c> as multipart: edits one or more images (<c>image[]</c>), optionally with a mask.</summary>
    /// <param name="request">A multipart edit request, e.g. <c>GptImage1.EditRequest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <inheritdoc cref="GenerateAsync(IGenerationRequest, CancellationToken)" path="/exception"/>
    public Task<ImageResult> EditAsync(IEditRequest request, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(request, ImageEndpoint.Edits, nameof(EditAsync));
        Validate(request);
        return SendImagesAsync(request, MultipartSpec(request, PathOf(ImageEndpoint.Edits), "edit", stream: false), cancellationToken);
    }

    /// <summary><c>POST /images/edits</c> as JSON: edits images given by URL, data URL or file id (GPT image models).</summary>
    /// <param name="request">A JSON edit request, e.g. <c>GptImage1.JsonEditRequest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <inheritdoc cref="GenerateAsync(IGenerationRequest, CancellationToken)" path="/exception"/>
    public Task<ImageResult> EditAsync(IJsonEditRequest request, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(request, ImageEndpoint.JsonEdits, nameof(EditAsync));
        Validate(request);
        return SendImagesAsync(request, JsonSpec(request, PathOf(ImageEndpoint.JsonEdits), "edit", stream: false), cancellationToken);
    }

    /// <summary><c>POST /images/variations</c> (multipart, dall-e-2): variations of one image.</summary>
    /// <param name="request">A variation request, e.g. <c>DallE2.VariationRequest</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <inheritdoc cref="GenerateAsync(IGenerationRequest, CancellationToken)" path="/exception"/>
    public Task<ImageResult> CreateVariationAsync(IVariationRequest request, CancellationToken cancellationToken = default)
    {
        RequireEndpoint(request, ImageEndpoint.Variations, nameof(CreateVariationAsync));
        Validate(request);
        return SendImagesAsync(request, MultipartSpec(request, PathOf(ImageEndpoint.Variations), "variation", stream: false), cancellationToken);
    }

    private async Task<ImageResult> SendImagesAsync(IImageRequest request, RequestSpec spec, CancellationToken cancellationToken)
    {
        using (spec)
        using (SpendingReservation? reservation = ReserveSpending(request))
        using (Activity? activity = StartActivity(OperationName(request.Endpoint), request.Model, spec))
        {
            try
            {
                var result = await ExecuteAsync(
                    spec,
                    (response, token) => IsEventStream(response) ? CollectStreamAsync(request, response, ExpectedImages(spec), token, cancellationToken) : ReadImagesAsync(request, response, token),
                    keepOpen: false,
                    cancellationToken).ConfigureAwait(false);
                ImagesTelemetry.Images(activity, result.Value);
                reservation?.Settle(result.Value.CostUsd ?? reservation.ReservedUsd);
                return result.Value;
            }
            catch (Exception ex) when (activity is not null)
            {
                ImagesTelemetry.Failed(activity, ex);
                throw;
            }
        }
    }

    /// <summary>The span's operation name for an endpoint.</summary>
    private static string OperationName(ImageEndpoint endpoint) => endpoint switch
    {
        ImageEndpoint.Generations => "generate_image",
        ImageEndpoint.Edits or ImageEndpoint.JsonEdits => "edit_image",
        ImageEndpoint.Variations => "create_image_variation",
        _ => "create_response",
    };

    /// <summary>Starts the call's span (null when nobody listens) and tags the request's size and quality.</summary>
    private Activity? StartActivity(string operation, string model, RequestSpec spec, string? size = null, string? quality = null)
    {
        Activity? activity = ImagesTelemetry.Start(operation, model, _baseAddress);
        if (activity is not null)
        {
            spec.Activity = activity;
            ImagesTelemetry.Request(activity, size ?? spec.Parameter("size"), quality ?? spec.Parameter("quality"));
        }

        return activity;
    }

    private async Task<ImageResult> ReadImagesAsync(IImageRequest request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? requestId = RequestIdOf(response);
        using PooledBuffer body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            return ImagesResponseReader.Read(body.WrittenSpan, request.Model, requestId, usage => CostOf(request, usage), _options.TimeProvider.GetUtcNow());
        }
        catch (JsonException ex)
        {
            throw new ImageResponseException(
                "The " + WireValue.Endpoint(request.Endpoint) + " response (" + body.Count + " bytes, " + (response.Content.Headers.ContentType?.MediaType ?? "no content type") + ") is not a valid images response: " + ex.Message,
                response.StatusCode,
                ex)
            {
                RequestId = requestId,
            };
        }
    }

    /// <summary>A request sent with <c>stream: true</c> through a non-streaming method: read the events and keep the completed images.</summary>
    private Task<ImageResult> CollectStreamAsync(IImageRequest request, HttpResponseMessage response, int expectedImages, CancellationToken cancellationToken, CancellationToken callerToken) =>
        ImageStreamCollector.CollectAsync(ReadImageEventsAsync(request, response, expectedImages, cancellationToken, callerToken), request.Model, RequestIdOf(response), _options.TimeProvider);

    /// <summary>Compact JSON; <c>+</c>, <c>/</c> and non-ASCII text are written as they are (an HTTP body, not HTML).</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON body: the request's own, or for a streaming call that the request does not already ask to
    /// stream, its parameters with <c>stream: true</c> through the same body writer generated requests use.</summary>
    private static RequestSpec JsonSpec(IJsonRequest request, string path, string operation, bool stream)
    {
        IReadOnlyDictionary<string, object?> parameters = request.ToParameters();
        bool? asked = AskedToStream(request, parameters, stream);
        var body = new PooledBuffer(1024);
        try
        {
            using (var writer = new Utf8JsonWriter(body, WriterOptions))
            {
                if (stream && asked is null)
                {
                    RequestBodyWriter.WriteJson(writer, RequestParameters.With(parameters, StreamTrue), ModelToWrite(request, parameters));
                }
                else
                {
                    request.WriteJson(writer);
                }
            }

            return RequestSpec.Json(path, operation, request.Model, body, stream || asked == true);
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary>The form: the request's own, or for a streaming call that the request does not already ask to stream,
    /// its parameters with <c>stream: true</c> through the same form writer generated requests use.</summary>
    private static RequestSpec MultipartSpec(IMultipartRequest request, string path, string operation, bool stream)
    {
        IReadOnlyDictionary<string, object?> parameters = request.ToParameters();
        bool? asked = AskedToStream(request, parameters, stream);
        var writer = new MultipartWriter();
        if (stream && asked is null)
        {
            RequestBodyWriter.WriteMultipart(writer, RequestParameters.With(parameters, StreamTrue), ModelToWrite(request, parameters));
        }
        else
        {
            request.WriteMultipart(writer);
        }

        return RequestSpec.Multipart(path, operation, request.Model, writer, stream || asked == true);
    }

    /// <summary>The request's own <c>stream</c> (null when unset); a streaming call refuses a request that says false.</summary>
    private static bool? AskedToStream(IImageRequest request, IReadOnlyDictionary<string, object?> parameters, bool stream)
    {
        bool? asked = parameters.TryGetValue("stream", out object? value) && value is bool flag ? flag : null;
        if (stream && asked == false)
        {
            throw new ArgumentException("The " + request.Model + " request sets stream to false; a streaming call needs it unset or true.", nameof(request));
        }

        return asked;
    }

    /// <summary>The <c>model</c> a body written from the parameters starts with, as generated requests write it: none
    /// when the parameters carry it or the request has no model id.</summary>
    private static string? ModelToWrite(IImageRequest request, IReadOnlyDictionary<string, object?> parameters) =>
        parameters.ContainsKey("model") || string.IsNullOrEmpty(request.Model) ? null : request.Model;
}
