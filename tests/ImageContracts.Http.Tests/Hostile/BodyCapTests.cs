using ImageContracts.Http.Tests.Support;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace ImageContracts.Http.Tests.Hostile;

/// <summary>Runs alone: its tests measure the bytes the whole process allocates.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationCollection
{
    public const string Name = "allocation";
}

/// <summary>Body limits hold before memory is taken: a <c>Content-Length</c> above the cap fails at once without renting,
/// a lying <c>Content-Length</c> does not rent its size, and a body without a length stops at the cap. Allocation is
/// measured over the whole process (server included) with generous bounds far below what the old code allocated.</summary>
[Collection(AllocationCollection.Name)]
public class BodyCapTests(ITestOutputHelper output)
{
    private const long MiB = 1 << 20;

    /// <summary>Declares <paramref name="declared"/> bytes, sends <paramref name="sent"/> bytes of a JSON prefix, then ends
    /// (Kestrel then aborts the connection, as a lying server's connection ends).</summary>
    private static async Task Declare(HttpContext ctx, long? declared, int sent)
    {
        ctx.Response.StatusCode = 200;
        ctx.Response.ContentType = "application/json";
        ctx.Response.ContentLength = declared;
        byte[] chunk = new byte[Math.Min(sent, 64 * 1024)];
        Array.Fill(chunk, (byte)' ');
        chunk[0] = (byte)'{';
        try
        {
            for (int written = 0; written < sent; written += chunk.Length)
            {
                await ctx.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, sent - written)), ctx.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
        }
    }

    private async Task<(T Result, long Allocated)> Measure<T>(Func<Task<T>> action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        T result = await action();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine("allocated " + allocated.ToString("N0") + " bytes (whole process)");
        return (result, allocated);
    }

    [Fact]
    public Task A_Content_Length_above_the_cap_fails_at_once_without_renting_it() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync(async (ctx, _) =>
        {
            await Declare(ctx, 4L << 30, 1024);
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        });
        using var client = server.Client();

        (ImageResponseException ex, long allocated) = await Measure(() => Assert.ThrowsAsync<ImageResponseException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("x"), token)));

        Assert.Contains("Content-Length 4294967296", ex.Message);
        Assert.Contains("MaxResponseBytes (1073741824 bytes)", ex.Message);
        Assert.Equal(1, server.Count);
        Assert.True(allocated < 16 * MiB, "allocated " + allocated);
    });

    [Fact]
    public Task A_lying_Content_Length_below_the_cap_does_not_rent_its_size_on_any_attempt() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Declare(ctx, (1L << 30) - 1, 1024));
        using var client = server.Client();

        (ImageConnectionException ex, long allocated) = await Measure(() => Assert.ThrowsAsync<ImageConnectionException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("x"), token)));

        Assert.Equal(3, server.Count);
        Assert.Equal(3, ex.Attempts);
        Assert.True(allocated < 32 * MiB, "allocated " + allocated);
    });

    [Fact]
    public Task A_body_without_length_stops_at_the_cap_before_the_buffer_grows_past_it() => Limit.Run(async token =>
    {
        await using var server = await TestServer.StartAsync((ctx, _) => Declare(ctx, null, (int)(64 * MiB)));
        using var client = server.Client(o => o.MaxResponseBytes = 2 * MiB);

        (ImageResponseException ex, long allocated) = await Measure(() => Assert.ThrowsAsync<ImageResponseException>(() => client.GenerateAsync(new GptImage2.GenerateRequest("x"), token)));

        Assert.Contains("MaxResponseBytes (2097152 bytes): the server sent more than that", ex.Message);
        Assert.True(allocated < 32 * MiB, "allocated " + allocated);
    });

    [Fact]
    public Task A_body_exactly_at_the_cap_is_read() => Limit.Run(async token =>
    {
        string json = Payloads.ImagesResponse(Payloads.Image(9, 3000));
        await using var server = await TestServer.StartAsync((ctx, _) => Respond.Json(ctx, json));
        using var client = server.Client(o => o.MaxResponseBytes = System.Text.Encoding.UTF8.GetByteCount(json));

        ImageResult result = await client.GenerateAsync(new GptImage2.GenerateRequest("x"), token);

        Assert.Single(result.Images);
    });

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    public void A_cap_outside_its_range_is_refused(long cap)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ImagesClient(new ImagesClientOptions { ApiKey = "k", MaxResponseBytes = cap }));
        Assert.Equal(nameof(ImagesClientOptions.MaxResponseBytes), ex.ParamName);
    }
}
