using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ImageContracts.Cli.Output;
using ImageContracts.Emulator;
using ImageContracts.Http;

namespace ImageContracts.Cli.Server;

/// <summary>
/// The server a command talks to: <c>--base-url</c> when given; else the OpenAI API when <c>OPENAI_API_KEY</c> is set;
/// else the emulator started in this process on a free loopback port (said on stderr, so nobody mistakes its synthetic
/// images for the API's).
/// </summary>
internal sealed class ApiTarget : IAsyncDisposable
{
    /// <summary>The key the embedded emulator is started with; it serves no one but this process.</summary>
    private const string EmulatorKey = "sk-imagegen-local-emulator";

    private readonly ImageEmulator? _emulator;
    private readonly string? _apiKey;

    private ApiTarget(string? apiKey, string description, ImageEmulator? emulator, Uri baseAddress)
    {
        _apiKey = apiKey;
        Client = new ImagesClient(new ImagesClientOptions
        {
            BaseAddress = baseAddress,
            ApiKey = apiKey,
            Catalog = ImageContract.Catalog,
            UserAgent = "imagegen",
        });
        Description = description;
        _emulator = emulator;
    }

    /// <summary>The client, validating against the spec and pricing usage through it.</summary>
    public ImagesClient Client { get; }

    /// <summary>What is in use, for notes and <c>--json</c>: <c>emulator</c>, <c>openai</c> or the base URL.</summary>
    public string Description { get; }

    /// <summary>True when the embedded emulator answers.</summary>
    public bool IsEmulator => _emulator is not null;

    public static async Task<ApiTarget> OpenAsync(Uri? baseUrl, CliOutput output, CancellationToken cancellationToken)
    {
        string? key = Environment.GetEnvironmentVariable(ImagesClientOptions.ApiKeyEnvironmentVariable);
        if (baseUrl is not null)
        {
            output.Note("Using " + baseUrl + (string.IsNullOrEmpty(key) ? " without an API key." : " with OPENAI_API_KEY."));
            return new ApiTarget(string.IsNullOrEmpty(key) ? null : key, baseUrl.ToString(), null, baseUrl);
        }

        if (!string.IsNullOrEmpty(key))
        {
            return new ApiTarget(key, "openai", null, ImagesClientOptions.DefaultBaseAddress);
        }

        ImageEmulator emulator = await ImageEmulator.StartAsync(new ImageEmulatorOptions { ApiKey = EmulatorKey }, cancellationToken).ConfigureAwait(false);
        output.Note("OPENAI_API_KEY is not set: using the embedded ImageContracts emulator at " + emulator.BaseAddress
            + " (offline; synthetic images, the spec's prices).");
        return new ApiTarget(EmulatorKey, "emulator", emulator, emulator.BaseAddress);
    }

    /// <summary><c>GET /models</c> of this server.</summary>
    public Task<IReadOnlyList<ServedModel>> ListModelsAsync(CancellationToken cancellationToken) =>
        ModelsListing.GetAsync(Client.BaseAddress, _apiKey, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
