using System.Net;
using System.Text;
using ImageContracts.Emulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ImageContracts.Emulator.Tests;

/// <summary>Faults for users' resilience tests, by option and by header, seen through the ImageContracts client.</summary>
public sealed class FaultTests
{
    private static GptImage2.GenerateRequest Small => new("fault test") { Quality = GptImage2.Quality.Low, Size = new GptImage2.Size(1024, 1024) };

    [Fact]
    public async Task Rate_limit_carries_retry_after_and_a_retrying_client_gets_through()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today, out _, o => o.Fault = "429;retry-after=1;times=1");
        using ImagesClient once = Emulators.Client(server);
        ImageApiException limited = await Assert.ThrowsAsync<ImageApiException>(() => once.GenerateAsync(Small, Emulators.Deadline()));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("rate_limit_exceeded", limited.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.RetryAfter);

        // times=1 is used up: the next call passes.
        ImageResult result = await once.GenerateAsync(Small, Emulators.Deadline());
        Assert.True(result.Image.HasBytes);
    }

    [Theory]
    [InlineData("503;times=1")]
    [InlineData("cut-body;times=1")]
    public async Task Server_errors_and_bodies_cut_short_are_retried_by_the_client(string fault)
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today, out _, o => o.Fault = fault);
        using ImagesClient client = Emulators.Client(server, retries: 2);
        ImageResult result = await client.GenerateAsync(Small, Emulators.Deadline());
        Assert.Contains("1024 x 1024", Decoders.PngCheck(result.Image.ToArray()));
    }

    [Fact]
    public async Task A_stream_cut_after_the_first_event_fails_the_reader()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today, out _, o => o.Fault = "cut-stream;after=1");
        using ImagesClient client = Emulators.Client(server);
        var seen = new List<string>();
        await Assert.ThrowsAnyAsync<ImagesClientException>(async () =>
        {
            await foreach (ImageStreamEvent item in client.GenerateStreamingAsync(Small with { PartialImages = 2 }, Emulators.Deadline()))
            {
                seen.Add(item.Type);
            }
        });
        Assert.Equal(new[] { "image_generation.partial_image" }, seen);
    }

    [Fact]
    public async Task Latency_holds_the_answer_until_the_clock_moves()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today, out FakeTimeProvider clock);
        using HttpClient http = ErrorTests.Http(server, Emulators.ApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, "models");
        request.Headers.Add(ImageEmulatorOptions.FaultHeaderName, "latency=5000");
        Task<HttpResponseMessage> pending = http.SendAsync(request, Emulators.Deadline());
        await Task.WhenAny(pending, Task.Delay(300));
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        using HttpResponseMessage response = await pending.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Hold_open_keeps_the_stream_open_after_its_last_event()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today, out FakeTimeProvider clock);
        using HttpClient http = ErrorTests.Http(server, Emulators.ApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "images/generations")
        {
            Content = new StringContent("""{"model":"gpt-image-2","prompt":"x","stream":true,"quality":"low","size":"1024x1024"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ImageEmulatorOptions.FaultHeaderName, "hold-open=60000");
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Emulators.Deadline());
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Emulators.Deadline()));
        string? line;
        while ((line = await reader.ReadLineAsync(Emulators.Deadline())) is not null && !line.Contains("image_generation.completed", StringComparison.Ordinal))
        {
        }

        Assert.NotNull(line);
        await reader.ReadLineAsync(Emulators.Deadline()); // data line
        await reader.ReadLineAsync(Emulators.Deadline()); // blank line ending the event
        Task<string?> rest = reader.ReadLineAsync(Emulators.Deadline()).AsTask();
        await Task.WhenAny(rest, Task.Delay(300));
        Assert.False(rest.IsCompleted, "the connection should stay open after the last event");
        clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(await rest.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task An_unknown_fault_item_is_a_400_naming_it()
    {
        await using ImageEmulator server = await Emulators.StartAsync(Emulators.Today);
        using HttpClient http = ErrorTests.Http(server, Emulators.ApiKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, "models");
        request.Headers.Add(ImageEmulatorOptions.FaultHeaderName, "explode");
        using HttpResponseMessage response = await http.SendAsync(request, Emulators.Deadline());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("explode", await response.Content.ReadAsStringAsync());
    }
}
