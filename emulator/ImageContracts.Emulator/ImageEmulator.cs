using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImageContracts.Emulator;

/// <summary>An OpenAI-compatible image API on 127.0.0.1 that validates, prices and answers every request from the
/// ImageContracts spec: <c>await using var server = await ImageEmulator.StartAsync();</c> then point any client at
/// <see cref="BaseAddress"/>.</summary>
public sealed class ImageEmulator : IAsyncDisposable
{
    /// <summary>Largest request body accepted (the API allows up to 16 input images of up to 50 MB).</summary>
    private const long MaxRequestBytes = 256L * 1024 * 1024;

    private readonly WebApplication _app;

    private ImageEmulator(WebApplication app, EmulatorState state, EmulatorApi api)
    {
        _app = app;
        State = state;
        Api = api;
    }

    /// <summary>http://127.0.0.1:PORT/v1/ — the base address clients use.</summary>
    public Uri BaseAddress => new(State.Root, "v1/");

    /// <summary>The shared state (stores, clock, catalog), for route groups added in this assembly.</summary>
    internal EmulatorState State { get; }

    /// <summary>The JSON endpoints without HTTP (batches run their lines through it).</summary>
    internal EmulatorApi Api { get; }

    /// <summary>Starts Kestrel on 127.0.0.1 (<see cref="ImageEmulatorOptions.Port"/>, 0 = a free port).</summary>
    public static async Task<ImageEmulator> StartAsync(ImageEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImageEmulatorOptions();
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be 0 (a free port) or 1-65535.");
        }

        var state = new EmulatorState(options);
        var api = new EmulatorApi(state);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBytes);
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
        });
        WebApplication app = builder.Build();
        var auth = new AuthGate(state);
        var faults = new FaultGate(state);
        app.Use((context, next) => auth.InvokeAsync(context, () => next(context)));
        app.Use((context, next) => faults.InvokeAsync(context, () => next(context)));
        app.MapModels(state);
        app.MapFiles(state);
        app.MapImages(state, api);
        app.MapResponses(api);
        app.MapBatches(state, api);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        state.Root = new Uri(address.EndsWith('/') ? address : address + "/");
        return new ImageEmulator(app, state, api);
    }

    /// <summary>Stops the server and drops open connections.</summary>
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
