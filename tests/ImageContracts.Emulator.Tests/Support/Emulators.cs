using Microsoft.Extensions.Time.Testing;

namespace ImageContracts.Emulator.Tests.Support;

/// <summary>Starts emulators on a fixed clock and clients pointed at them.</summary>
public static class Emulators
{
    /// <summary>Today as the briefing fixes it: the 2.x models are live, 1.5 and older are shut down.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A day on which gpt-image-1.5 (token-priced, shut down 2026-12-01) was still live.</summary>
    public static readonly DateTimeOffset BeforeGptImage15Shutdown = new(2026, 11, 15, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A day on which DALL·E 2 and 3 (shut down 2026-05-12) were still live.</summary>
    public static readonly DateTimeOffset DallEDays = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    public const string ApiKey = "sk-emulator-test";

    public static Task<ImageEmulator> StartAsync(DateTimeOffset now, out FakeTimeProvider clock, Action<ImageEmulatorOptions>? configure = null)
    {
        clock = new FakeTimeProvider(now);
        var options = new ImageEmulatorOptions { TimeProvider = clock, ApiKey = ApiKey };
        configure?.Invoke(options);
        return ImageEmulator.StartAsync(options);
    }

    public static Task<ImageEmulator> StartAsync(DateTimeOffset now) => StartAsync(now, out _);

    /// <summary>An ImageContracts client with client-side validation off, so the emulator's own answers are tested.</summary>
    public static ImagesClient Client(ImageEmulator server, bool validate = false, int retries = 0) => new(new ImagesClientOptions
    {
        BaseAddress = server.BaseAddress,
        ApiKey = ApiKey,
        ValidateRequests = validate,
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(60),
        Catalog = ImageContract.Catalog,
    });

    /// <summary>A deadline for one test's network calls.</summary>
    public static CancellationToken Deadline() => new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;
}
