using System.Text;
using ImageContracts.Http.Tests.Support;

namespace ImageContracts.Http.Tests;

/// <summary>Time in the client comes from <see cref="ImagesClientOptions.TimeProvider"/>: a URL's expiry when the body
/// has no <c>created</c>, and a stream result's time when no event carries one. Expected values are fixed instants.
/// (That no C# file reads the wall clock is checked repository-wide by NoWallClockTests in the generator tests.)</summary>
public class ClockTests
{
    private static readonly DateTimeOffset FakeNow = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public Task A_URL_without_created_expires_an_hour_after_the_options_clock() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, "{\"data\":[{\"url\":\"https://files.example/a.png\"}]}"));
        using var client = server.Client(o => o.TimeProvider = new RecordingTimeProvider());

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("x"), token);

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.Zero), Assert.Single(result.Images).UrlExpiresAt);
    });

    [Fact]
    public Task A_stream_result_without_created_at_takes_the_options_clock() => Limit.Run(async token =>
    {
        byte[] body = Encoding.UTF8.GetBytes(Payloads.Event("image_generation.completed", "{\"type\":\"image_generation.completed\",\"b64_json\":\"" + Payloads.B64(Payloads.Image(4, 100)) + "\"}"));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Sse(ctx, body));
        using var client = server.Client(o => o.TimeProvider = new RecordingTimeProvider());

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("x") { Stream = true }, token);

        Assert.Equal(FakeNow, result.Created);
    });
}
