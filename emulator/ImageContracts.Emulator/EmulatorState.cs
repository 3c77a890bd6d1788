using System;
using ImageContracts.Emulator.Generated;

namespace ImageContracts.Emulator;

/// <summary>Everything the route groups share: options, clock, the spec's catalog and the in-memory stores.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(ImageEmulatorOptions options)
    {
        Options = options;
        Files = new EmulatorFileStore(Ids);
        Responses = new ResponseStore();
        Urls = new ImageUrlStore(Ids);
        Validation = new ValidationOptions { TimeProvider = options.TimeProvider };
    }

    /// <summary>The engine's options on the emulator's clock (retired models are refused before validation).</summary>
    public ValidationOptions Validation { get; }

    public ImageEmulatorOptions Options { get; }

    public TimeProvider Time => Options.TimeProvider;

    /// <summary>The generated catalog of the bundled spec: the same contracts the client validates with.</summary>
    public ContractCatalog Catalog => ImageContract.Catalog;

    public EmulatorIds Ids { get; } = new();

    public EmulatorFileStore Files { get; }

    public ResponseStore Responses { get; }

    public ImageUrlStore Urls { get; }

    /// <summary>The root the server listens on (http://127.0.0.1:PORT/), set once Kestrel has bound.</summary>
    public Uri Root { get; set; } = new("http://127.0.0.1/");

    /// <summary>Today by the configured clock: decides which models are shut down.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    public long UnixNow => Time.GetUtcNow().ToUnixTimeSeconds();
}
