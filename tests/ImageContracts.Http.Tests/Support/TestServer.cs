using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace ImageContracts.Http.Tests.Support;

/// <summary>A Kestrel server on 127.0.0.1:0 that records every request (headers, body, parsed JSON or multipart
/// parts) and answers through a per-test handler that is told the attempt number (0-based).</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _count;

    private TestServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Root { get; }

    /// <summary>http://127.0.0.1:PORT/v1/ (the base address clients use).</summary>
    public Uri BaseAddress => new(Root, "v1/");

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public int Count => Volatile.Read(ref _count);

    public static async Task<TestServer> StartAsync(Func<HttpContext, RecordedRequest, Task> handler)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxRequestBodySize = null;
        });
        WebApplication app = builder.Build();
        TestServer? server = null;
        app.Run(async context =>
        {
            RecordedRequest recorded = await RecordedRequest.ReadAsync(context, Interlocked.Increment(ref server!._count) - 1);
            server._requests.Enqueue(recorded);
            try
            {
                await handler(context, recorded);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
            }
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new TestServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    public ImagesClient Client(Action<ImagesClientOptions>? configure = null)
    {
        var options = new ImagesClientOptions
        {
            BaseAddress = BaseAddress,
            ApiKey = TestKeys.ApiKey,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            RetryMaxDelay = TimeSpan.FromMilliseconds(50),
            Timeout = TimeSpan.FromSeconds(20),
            Catalog = ImageContract.Catalog,
        };
        configure?.Invoke(options);
        return new ImagesClient(options);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}

public static class TestKeys
{
    public const string ApiKey = "sk-test-SECRET-0123456789abcdef";
}

/// <summary>One request as the server saw it.</summary>
public sealed class RecordedRequest
{
    public int Attempt { get; init; }
    public string Method { get; init; } = "";
    public string Path { get; init; } = "";
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public string? ContentType { get; init; }
    public byte[] Body { get; init; } = Array.Empty<byte>();
    public List<FormPart> Parts { get; init; } = new();

    public string BodyText => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

    public FormPart Part(string name) => Parts.Single(p => p.Name == name);

    public static async Task<RecordedRequest> ReadAsync(HttpContext context, int attempt)
    {
        var body = new MemoryStream();
        try
        {
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or BadHttpRequestException)
        {
        }

        var parts = new List<FormPart>();
        string? contentType = context.Request.ContentType;
        if (contentType is not null && contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            string boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value!;
            body.Position = 0;
            var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync()) is not null)
            {
                var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
                var data = new MemoryStream();
                await section.Body.CopyToAsync(data);
                parts.Add(new FormPart(
                    HeaderUtilities.RemoveQuotes(disposition.Name).Value!,
                    disposition.FileName.HasValue ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                    section.ContentType,
                    data.ToArray(),
                    disposition.ToString()));
            }
        }

        return new RecordedRequest
        {
            Attempt = attempt,
            Method = context.Request.Method,
            Path = context.Request.Path.Value ?? "",
            Headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            ContentType = contentType,
            Body = body.ToArray(),
            Parts = parts,
        };
    }
}

public sealed record FormPart(string Name, string? FileName, string? ContentType, byte[] Data, string Disposition)
{
    public string Text => Encoding.UTF8.GetString(Data);
}
