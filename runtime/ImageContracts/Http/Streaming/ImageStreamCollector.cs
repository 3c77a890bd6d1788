using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>Turns an Image API event stream into one <see cref="ImageResult"/>, for callers that want the final images
/// only (a non-streaming method given <c>stream: true</c>, the <c>IImageGenerator</c> adapter).</summary>
public static class ImageStreamCollector
{
    /// <summary>Reads the events to their end and keeps the completed images; the settings, usage and cost are those
    /// of the last completed event (the creation time, the clock's now when there was none).</summary>
    /// <param name="events">The stream, e.g. from <see cref="ImagesClient.GenerateStreamingAsync(IGenerationRequest, System.Threading.CancellationToken)"/>.</param>
    /// <param name="model">The model the result names.</param>
    /// <param name="requestId">The request id the result names, when known.</param>
    /// <param name="timeProvider">The clock for a stream that completed no image (e.g. <see cref="ImagesClient.TimeProvider"/>).</param>
    /// <returns>The result.</returns>
    public static async Task<ImageResult> CollectAsync(IAsyncEnumerable<ImageStreamEvent> events, string model, string? requestId, TimeProvider timeProvider)
    {
        var images = new List<GeneratedImage>();
        ImageStreamEvent? last = null;
        await foreach (ImageStreamEvent item in events.ConfigureAwait(false))
        {
            if (item.IsCompleted)
            {
                images.Add(item.ToGeneratedImage());
                last = item;
            }
        }

        return new ImageResult
        {
            Model = model,
            Created = last?.CreatedAt ?? timeProvider.GetUtcNow(),
            Images = images,
            Size = last?.Size,
            Quality = last?.Quality,
            Background = last?.Background,
            OutputFormat = last?.OutputFormat,
            Usage = last?.Usage,
            CostUsd = last?.CostUsd,
            RequestId = requestId,
        };
    }
}
