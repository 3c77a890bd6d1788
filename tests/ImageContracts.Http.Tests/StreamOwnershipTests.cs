// The analyzer judges a request where it is built, not where it is sent, so it reports partial_images without stream
// (IMG0006) even for requests that go to a streaming method, which adds stream itself: these tests rely on that.
#pragma warning disable IMG0006

using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>Streaming methods own <c>stream</c>: they add it to the request's parameters, validate the request with it,
/// and refuse a request that says <c>stream: false</c>.</summary>
public class StreamOwnershipTests
{
    private static readonly byte[] Final = Payloads.Image(300, 4000);

    [Fact]
    public void Partial_images_without_stream_are_invalid_alone_and_valid_with_the_stream_a_streaming_call_adds()
    {
        var request = new GptImage26Sunburst.GenerateRequest("a lighthouse") { PartialImages = 2 };

        Assert.Contains(request.Validate().Errors, finding => finding.Code.Contains("partial-images-need-stream", StringComparison.Ordinal));
        Assert.True(request.Validate(new ValidationOptions { AddedParameters = new RequestParameters { ["stream"] = true } }).IsValid);
    }

    [Fact]
    public Task A_generation_stream_without_stream_set_sends_the_request_with_stream_true_last() => Limit.Run(async token =>
    {
        byte[] stream = Payloads.ImageStream("image_generation", new[] { Payloads.Image(301, 500) }, Final);
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, stream));
        using var client = server.Client();
        var request = new GptImage26Sunburst.GenerateRequest("a lighthouse") { PartialImages = 1 };

        var events = new List<ImageStreamEvent>();
        await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(request, token))
        {
            events.Add(item);
        }

        Assert.Equal(2, events.Count);
        Assert.Equal("{\"model\":\"gpt-image-2.6-sunburst\",\"prompt\":\"a lighthouse\",\"partial_images\":1,\"stream\":true}", Assert.Single(server.Requests).BodyText);
    });

    [Fact]
    public Task A_request_that_says_stream_false_is_refused_by_a_streaming_method_before_sending() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, Payloads.ImagesResponse(Final)));
        using var client = server.Client();
        var request = new GptImage26Sunburst.GenerateRequest("a lighthouse") { Stream = false };

        var ex = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(request, token))
            {
            }
        });

        Assert.Contains("stream to false", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Count);
    });
}
