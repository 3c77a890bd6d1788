using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Emulator;

/// <summary>The JSON endpoints independent of HTTP: an endpoint path and a JSON body in, a reply (or stream) out. The
/// HTTP handlers call it, and batches run each line's body through <see cref="InvokeAsync"/>.</summary>
internal sealed class EmulatorApi
{
    /// <summary>The paths <see cref="InvokeAsync"/> serves (below the server root).</summary>
    public static readonly IReadOnlyList<string> JsonPaths = new[] { "/v1/images/generations", "/v1/images/edits", "/v1/responses" };

    private readonly EmulatorState _state;

    public EmulatorApi(EmulatorState state)
    {
        _state = state;
        Images = new ImageService(state);
        Responses = new ResponseService(state, Images);
    }

    public ImageService Images { get; }

    public ResponseService Responses { get; }

    /// <summary>Runs one JSON call to completion, as a batch does: status and JSON body. A body asking for a stream
    /// gets HTTP 400, as the Batch API refuses streaming. <paramref name="path"/> is e.g. <c>/v1/images/generations</c>
    /// (the leading <c>/v1</c> is optional).</summary>
    public Task<EmulatorReply> InvokeAsync(string path, ReadOnlyMemory<byte> jsonBody, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        EmulatorOutcome outcome = Handle(path, jsonBody);
        return Task.FromResult(outcome.Reply ?? ApiErrors.BadRequest("Streaming is not supported here; send stream=false.", "stream", "invalid_value"));
    }

    /// <summary>Runs one JSON call; streams come back as events.</summary>
    public EmulatorOutcome Handle(string path, ReadOnlyMemory<byte> jsonBody)
    {
        string normalized = path.StartsWith("/v1/", StringComparison.Ordinal) ? path : "/v1" + (path.StartsWith('/') ? path : "/" + path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jsonBody, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return ApiErrors.BadRequest("We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)", null, null);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ApiErrors.BadRequest("The request body must be a JSON object.", null, null);
            }

            switch (normalized)
            {
                case "/v1/images/generations":
                    return Image(ImageEndpoint.Generations, JsonValues.Read(document.RootElement));
                case "/v1/images/edits":
                    return Image(ImageEndpoint.JsonEdits, JsonValues.Read(document.RootElement));
                case "/v1/responses":
                    return Responses.Create(document.RootElement);
                default:
                    return ApiErrors.Reply(404, $"Invalid URL (POST {normalized})", ApiErrors.InvalidRequest, null, null);
            }
        }
    }

    /// <summary>An Image API call by values (JSON or converted multipart).</summary>
    public EmulatorOutcome Image(ImageEndpoint endpoint, Dictionary<string, object?> values, bool fromMultipart = false)
    {
        ImageCall? call = Images.Prepare(endpoint, values, fromMultipart, out EmulatorReply? error);
        if (call is null)
        {
            return error!;
        }

        return call.Stream ? new EmulatorOutcome(null, Images.StreamEvents(call)) : Images.Complete(call);
    }
}
