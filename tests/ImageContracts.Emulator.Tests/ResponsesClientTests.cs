using ImageContracts.Emulator.Tests.Support;

namespace ImageContracts.Emulator.Tests;

/// <summary>The Responses API image_generation tool through the ImageContracts client: single turn, multi-turn by
/// previous_response_id and by image_generation_call id, and every stream event type.</summary>
public sealed class ResponsesClientTests
{
    [Fact]
    public async Task A_turn_answers_an_image_generation_call_with_the_settings_and_a_message()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        ImageResponse response = await client.CreateResponseAsync(new ImageResponseRequest("gpt-5", new GptImage2.ImageGenerationTool { Quality = GptImage2.Quality.Low, Size = new GptImage2.Size(1536, 1024) }, "a harbour at dawn"), Emulators.Deadline());

        Assert.Equal("completed", response.Status);
        Assert.Equal("gpt-5", response.Model);
        ImageGenerationCall call = Assert.Single(response.ImageGenerationCalls);
        Assert.StartsWith("ig_", call.Id);
        Assert.Equal("generate", call.Action);
        Assert.Equal("1536x1024", call.Size);
        Assert.Contains("a harbour at dawn", call.RevisedPrompt);
        Assert.Contains("1536 x 1024", Decoders.PngCheck(call.Result.ToArray()));
        Assert.False(string.IsNullOrEmpty(response.OutputText));
        Assert.True(response.Usage!.InputTokens > 0);
    }

    [Fact]
    public async Task Later_turns_edit_the_earlier_image_by_previous_response_id_and_by_call_id()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        var tool = new GptImage2.ImageGenerationTool { Quality = GptImage2.Quality.Low, Size = new GptImage2.Size(1024, 1024) };
        ImageResponse first = await client.CreateResponseAsync(new ImageResponseRequest("gpt-5", tool, "a cat"), Emulators.Deadline());
        ImageResponse second = await client.CreateResponseAsync(new ImageResponseRequest("gpt-5", tool, "now give it a hat") { PreviousResponseId = first.Id }, Emulators.Deadline());
        ImageResponse third = await client.CreateResponseAsync(new ImageResponseRequest("gpt-5", tool, "make it blue").AddImageGenerationCall(first.Image!.Id), Emulators.Deadline());

        Assert.Equal(first.Id, second.PreviousResponseId);
        Assert.Equal("edit", second.Image!.Action);
        Assert.Equal("edit", third.Image!.Action);
        byte[] original = Pixels.Rgba(first.Image.Result.ToArray(), out _, out _);
        byte[] edited = Pixels.Rgba(second.Image.Result.ToArray(), out _, out _);
        byte[] unrelated = Pixels.Rgba((await client.CreateResponseAsync(new ImageResponseRequest("gpt-5", tool, "now give it a hat"), Emulators.Deadline())).Image!.Result.ToArray(), out _, out _);
        Assert.True(Pixels.Difference(original, edited) < Pixels.Difference(original, unrelated), "an edit stays closer to the image it edits than a fresh generation of the same prompt");
    }

    [Fact]
    public async Task Stream_sends_every_event_type_in_order_with_partial_images()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using ImagesClient client = Emulators.Client(server);
        var events = new List<ResponseStreamEvent>();
        await foreach (ResponseStreamEvent item in client.CreateResponseStreamingAsync(new ImageResponseRequest("gpt-5", new GptImage2.ImageGenerationTool { Quality = GptImage2.Quality.Low, PartialImages = 2, Size = new GptImage2.Size(1024, 1024) }, "a kite"), Emulators.Deadline()))
        {
            events.Add(item);
        }

        Assert.Equal(new[]
        {
            "response.created", "response.in_progress", "response.output_item.added",
            "response.image_generation_call.in_progress", "response.image_generation_call.generating",
            "response.image_generation_call.partial_image", "response.image_generation_call.partial_image",
            "response.image_generation_call.completed", "response.output_item.done",
            "response.output_item.added", "response.content_part.added", "response.output_text.delta", "response.output_text.delta",
            "response.output_text.done", "response.content_part.done", "response.output_item.done", "response.completed",
        }, events.Select(e => e.Type));
        Assert.Equal(Enumerable.Range(0, events.Count).Select(i => (int?)i), events.Select(e => e.SequenceNumber));
        Assert.Equal(new int?[] { 0, 1 }, events.Where(e => e.Kind == ResponseStreamEventKind.ImageGenerationPartialImage).Select(e => e.PartialImageIndex));
        foreach (ResponseStreamEvent partial in events.Where(e => e.Kind == ResponseStreamEventKind.ImageGenerationPartialImage))
        {
            Assert.Contains("1024 x 1024", Decoders.PngCheck(partial.PartialImage.ToArray()));
        }

        ImageResponse final = events[^1].Response!;
        Assert.Equal("completed", final.Status);
        Assert.Contains("1024 x 1024", Decoders.PngCheck(final.Image!.Result.ToArray()));
    }
}
