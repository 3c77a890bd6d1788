using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageContracts.Benchmarks;

/// <summary>An in-process Kestrel server on 127.0.0.1:0 that answers from deterministic payloads held in memory:
/// <c>/v1/images/generations</c> with a JSON body (or the Image API SSE body when the request streams), and
/// <c>/v1/responses</c> with the Responses SSE body.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<LoopbackServer> StartAsync(Payloads payloads)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            bool stream = body.GetBuffer().AsSpan(0, (int)body.Length).IndexOf("\"stream\":true"u8) >= 0;
            string path = context.Request.Path.Value ?? "";
            byte[] answer;
            if (path.EndsWith("/responses", StringComparison.Ordinal))
            {
                answer = payloads.ResponsesSse;
                context.Response.ContentType = "text/event-stream";
            }
            else if (stream)
            {
                answer = payloads.ImagesSse;
                context.Response.ContentType = "text/event-stream";
            }
            else
            {
                answer = payloads.ImagesJson;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = answer.Length;
            }

            context.Response.Headers["x-request-id"] = "req_bench";
            await context.Response.Body.WriteAsync(answer);
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/v1/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
