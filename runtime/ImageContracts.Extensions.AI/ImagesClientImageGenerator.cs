using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

#pragma warning disable MEAI001 // IImageGenerator is experimental in Microsoft.Extensions.AI.Abstractions 10.11.

namespace ImageContracts.Http;

/// <summary>
/// <see cref="IImageGenerator"/> over an <see cref="ImagesClient"/>. Every option is kept: <c>ModelId</c> →
/// <c>model</c>, <c>Count</c> → <c>n</c>, <c>ImageSize</c> → <c>size</c>, <c>MediaType</c> → <c>output_format</c> (GPT
/// image models), <c>ResponseFormat</c> → <c>response_format</c> (DALL·E), <c>StreamingCount</c> → <c>stream</c> +
/// <c>partial_images</c> (the final image of the stream is returned), and each <c>AdditionalProperties</c> entry is
/// sent as a wire field (<c>quality</c>, <c>background</c>, <c>moderation</c>, <c>style</c>, <c>input_fidelity</c>,
/// <c>mask</c> as a <see cref="DataContent"/>, ...). All original images are sent (multipart <c>image[]</c>, or a JSON
/// edit for URLs and hosted files). A <c>RawRepresentationFactory</c> that returns a generated typed request
/// (<see cref="IJsonRequest"/> / <see cref="IMultipartRequest"/>) or an <see cref="ImageResponseRequest"/> sends that
/// instead. Requests are validated through the client's catalog when it has one.
/// </summary>
[Experimental("MEAI001")]
public sealed class ImagesClientImageGenerator : IImageGenerator
{
    private readonly ImagesClient _client;
    private readonly string _defaultModel;
    private readonly ImageGeneratorMetadata _metadata;

    /// <summary>Creates the adapter.</summary>
    /// <param name="client">The client (not disposed by the adapter).</param>
    /// <param name="defaultModelId">The model when <c>ImageGenerationOptions.ModelId</c> is not set.</param>
    public ImagesClientImageGenerator(ImagesClient client, string defaultModelId = "gpt-image-2.6-sunburst")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(defaultModelId);
        _client = client;
        _defaultModel = defaultModelId;
        _metadata = new ImageGeneratorMetadata("openai", client.BaseAddress, defaultModelId);
    }

    /// <inheritdoc />
    public async Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        object? raw = options?.RawRepresentationFactory?.Invoke(this);
        switch (raw)
        {
            case ImageResponseRequest responseRequest:
                ImageResponse response = await _client.CreateResponseAsync(responseRequest, cancellationToken).ConfigureAwait(false);
                var contents = new List<AIContent>();
                if (response.Image is { } call)
                {
                    contents.Add(new DataContent(call.Result, MediaType(call.OutputFormat, call.Result.Span, null)));
                }

                return new ImageGenerationResponse(contents)
                {
                    RawRepresentation = response,
                    Usage = response.Usage is { } u ? new UsageDetails { InputTokenCount = u.InputTokens, OutputTokenCount = u.OutputTokens, TotalTokenCount = u.TotalTokens } : null,
                };
            case IImageRequest typed:
                return ToResponse(await SendAsync(typed, streaming: false, cancellationToken).ConfigureAwait(false), options);
        }

        WireImageRequest wire = Build(request, options);
        bool streaming = wire.Has("stream");
        return ToResponse(await SendAsync(wire, streaming, cancellationToken).ConfigureAwait(false), options);
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ImageGeneratorMetadata))
        {
            return _metadata;
        }

        if (serviceType == typeof(ImagesClient))
        {
            return _client;
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <summary>Does nothing: the client belongs to the caller.</summary>
    public void Dispose()
    {
    }

    private async Task<ImageResult> SendAsync(IImageRequest request, bool streaming, CancellationToken cancellationToken)
    {
        // A run-time WireImageRequest is every kind of request, so its Endpoint decides; a typed request is one kind.
        if (streaming && request is IGenerationRequest jsonStream && request.Endpoint == ImageEndpoint.Generations)
        {
            return await ImageStreamCollector.CollectAsync(_client.GenerateStreamingAsync(jsonStream, cancellationToken), request.Model, requestId: null, _client.TimeProvider).ConfigureAwait(false);
        }

        if (streaming && request.Endpoint == ImageEndpoint.Edits && request is IEditRequest multipartStream)
        {
            return await ImageStreamCollector.CollectAsync(_client.EditStreamingAsync(multipartStream, cancellationToken), request.Model, requestId: null, _client.TimeProvider).ConfigureAwait(false);
        }

        return request switch
        {
            IGenerationRequest generation when request.Endpoint == ImageEndpoint.Generations => await _client.GenerateAsync(generation, cancellationToken).ConfigureAwait(false),
            IJsonEditRequest jsonEdit when request.Endpoint == ImageEndpoint.JsonEdits => await _client.EditAsync(jsonEdit, cancellationToken).ConfigureAwait(false),
            IVariationRequest variation when request.Endpoint == ImageEndpoint.Variations => await _client.CreateVariationAsync(variation, cancellationToken).ConfigureAwait(false),
            IEditRequest edit when request.Endpoint == ImageEndpoint.Edits => await _client.EditAsync(edit, cancellationToken).ConfigureAwait(false),
            _ => throw new NotSupportedException("The request for " + WireValue.Endpoint(request.Endpoint) + " cannot be sent by the image generator."),
        };
    }

    private WireImageRequest Build(ImageGenerationRequest request, ImageGenerationOptions? options)
    {
        string model = options?.ModelId ?? _defaultModel;
        ContractCatalog catalog = _client.Catalog;
        bool gptImage = catalog.Find(model)?.Family is { } family ? family == "gpt-image" : !model.StartsWith("dall-e", StringComparison.OrdinalIgnoreCase);
        List<AIContent> originals = request.OriginalImages?.ToList() ?? new List<AIContent>();
        bool jsonEdit = originals.Any(c => c is not DataContent) || originals.Any(c => c is DataContent { Data.IsEmpty: true });
        ImageEndpoint endpoint = originals.Count == 0 ? ImageEndpoint.Generations
            : string.IsNullOrEmpty(request.Prompt) ? ImageEndpoint.Variations
            : jsonEdit ? ImageEndpoint.JsonEdits : ImageEndpoint.Edits;
        var wire = new WireImageRequest(model, endpoint, catalog);
        foreach (AIContent original in originals)
        {
            if (endpoint == ImageEndpoint.JsonEdits)
            {
                wire.References.Add(Reference(original));
            }
            else
            {
                var data = (DataContent)original;
                wire.Files.Add(ImageFile.FromBytes(data.Data, data.Name));
            }
        }

        if (!string.IsNullOrEmpty(request.Prompt))
        {
            wire.Set("prompt", request.Prompt);
        }

        if (options?.Count is { } count)
        {
            wire.Set("n", count);
        }

        if (options?.ImageSize is { } size)
        {
            wire.Set("size", WireValue.Size(size.Width, size.Height));
        }

        if (gptImage && options?.MediaType is { } mediaType && Format(mediaType) is { } format)
        {
            wire.Set("output_format", format);
        }

        if (!gptImage && endpoint != ImageEndpoint.JsonEdits)
        {
            wire.Set("response_format", options?.ResponseFormat == ImageGenerationResponseFormat.Uri ? "url" : "b64_json");
        }

        if (gptImage && options?.StreamingCount is { } partials && endpoint is ImageEndpoint.Generations or ImageEndpoint.Edits)
        {
            wire.Set("stream", true);
            wire.Set("partial_images", partials);
        }

        if (options?.AdditionalProperties is { } extra)
        {
            foreach (KeyValuePair<string, object?> property in extra)
            {
                if (property.Key == "mask")
                {
                    wire.Mask = property.Value switch
                    {
                        DataContent data when endpoint == ImageEndpoint.Edits => ImageFile.FromBytes(data.Data, data.Name ?? "mask.png"),
                        AIContent content => Reference(content),
                        byte[] bytes when endpoint == ImageEndpoint.Edits => ImageFile.FromBytes(bytes, "mask.png"),
                        byte[] bytes => ImageReference.FromDataUrl(bytes),
                        ImageFile file => endpoint == ImageEndpoint.Edits ? file : ImageReference.FromDataUrl(file),
                        ImageReference reference => reference,
                        _ => throw new ArgumentException("The mask must be a DataContent, UriContent, HostedFileContent, byte[], ImageFile or ImageReference.", nameof(options)),
                    };
                }
                else
                {
                    wire.Set(property.Key, property.Value);
                }
            }
        }

        return wire;
    }

    private static ImageReference Reference(AIContent content) => content switch
    {
        DataContent { Data.IsEmpty: false } data => ImageReference.FromDataUrl(data.Data.ToArray(), data.MediaType),
        DataContent data => ImageReference.FromUrl(data.Uri),
        UriContent uri => ImageReference.FromUrl(uri.Uri.AbsoluteUri),
        HostedFileContent file => ImageReference.FromFileId(file.FileId),
        _ => throw new ArgumentException("An original image must be a DataContent, UriContent or HostedFileContent, not " + content.GetType().Name + "."),
    };

    private static ImageGenerationResponse ToResponse(ImageResult result, ImageGenerationOptions? options)
    {
        var contents = new List<AIContent>(result.Images.Count);
        foreach (GeneratedImage image in result.Images)
        {
            string mediaType = MediaType(image.OutputFormat ?? result.OutputFormat, image.Bytes.Span, options?.MediaType);
            if (image.HasBytes)
            {
                contents.Add(new DataContent(image.Bytes, mediaType));
            }
            else if (image.Url is not null)
            {
                contents.Add(new UriContent(image.Url, mediaType));
            }
        }

        UsageDetails? usage = null;
        if (result.Usage is { } u)
        {
            usage = new UsageDetails
            {
                InputTokenCount = u.InputTokens,
                OutputTokenCount = u.OutputTokens,
                TotalTokenCount = u.TotalTokens,
                AdditionalCounts = new AdditionalPropertiesDictionary<long>
                {
                    ["InputTextTokens"] = u.InputTextTokens,
                    ["InputImageTokens"] = u.InputImageTokens,
                },
            };
        }

        return new ImageGenerationResponse(contents) { RawRepresentation = result, Usage = usage };
    }

    private static string? Format(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "image/png" => "png",
        "image/jpeg" or "image/jpg" => "jpeg",
        "image/webp" => "webp",
        _ => null,
    };

    private static string MediaType(string? format, ReadOnlySpan<byte> bytes, string? requested) => format switch
    {
        "png" => "image/png",
        "jpeg" or "jpg" => "image/jpeg",
        "webp" => "image/webp",
        _ => ImageInspector.DetectFormat(bytes) is var detected && detected != ImageFormat.Unknown ? WireValue.ContentType(detected) : requested ?? "image/png",
    };
}
