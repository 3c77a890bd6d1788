using System;

namespace ImageContracts.Emulator;

/// <summary>How an <see cref="ImageEmulator"/> listens, authenticates, tells time and misbehaves.</summary>
public sealed class ImageEmulatorOptions
{
    /// <summary>The TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>The only bearer token accepted; null accepts any non-empty token.</summary>
    public string? ApiKey { get; set; }

    /// <summary>False answers requests without an <c>Authorization</c> header too (the API never does).</summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>The clock: decides which models are shut down (spec lifecycle), timestamps, URL expiry and fault delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Mixed into every image's seed, so two emulators can be told to draw different pictures for one prompt.</summary>
    public int Seed { get; set; }

    /// <summary>A fault applied to every request, in the grammar of the <c>x-emulator-fault</c> header (see
    /// <see cref="FaultHeaderName"/>); a request's own header replaces it. Null: none.</summary>
    public string? Fault { get; set; }

    /// <summary>The request header that injects a fault into one request, e.g. <c>429;retry-after=2</c>,
    /// <c>503;times=1</c>, <c>latency=500</c>, <c>cut-body</c>, <c>cut-stream;after=3</c>, <c>hold-open=2000</c>.</summary>
    public const string FaultHeaderName = "x-emulator-fault";

    /// <summary>How long image URLs (DALL·E <c>response_format=url</c>) stay valid; the API documents 60 minutes.</summary>
    public TimeSpan UrlLifetime { get; set; } = TimeSpan.FromMinutes(60);
}
