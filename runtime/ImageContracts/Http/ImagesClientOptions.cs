using System;

namespace ImageContracts.Http;

/// <summary>Settings of an <see cref="ImagesClient"/>: where to send, how to authenticate, how long to wait and how often to retry.</summary>
public sealed class ImagesClientOptions
{
    /// <summary>The default API base address, <c>https://api.openai.com/v1</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.openai.com/v1/");

    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENAI_API_KEY";

    /// <summary>The API base address; endpoint paths such as <c>images/generations</c> are appended to it.
    /// Null: the injected <c>HttpClient.BaseAddress</c> when it has one, else <see cref="DefaultBaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The API key; null reads <see cref="ApiKeyEnvironmentVariable"/>. When neither is set no credentials are
    /// sent (a local server may need none). Never printed in messages or logs.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The header carrying the key. Null (the default) sends <c>Authorization: Bearer KEY</c>; any other name
    /// (Azure uses <c>api-key</c>) sends the key as that header's value.</summary>
    public string? ApiKeyHeaderName { get; set; }

    /// <summary>Sent as <c>OpenAI-Organization</c> when set.</summary>
    public string? Organization { get; set; }

    /// <summary>Sent as <c>OpenAI-Project</c> when set.</summary>
    public string? Project { get; set; }

    /// <summary>The time one attempt may take, from sending the request to the last byte of the response (for streams:
    /// to the last event). Image generation can take minutes; the default is 10 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many times a failed attempt is retried (connection failures, timeouts, 408, 409, 429, 5xx). Default 2; 0 disables retries.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first backoff delay; each retry doubles it, up to <see cref="RetryMaxDelay"/>, minus up to 25% jitter. Default 0.5 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff delay. Default 8 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The longest server-requested wait (<c>retry-after-ms</c> / <c>Retry-After</c>) the client honours. A longer
    /// request fails at once with an <see cref="ImageApiException"/> whose <see cref="ImageApiException.RetryAfter"/>
    /// carries the server's wait. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The longest silence allowed while a response body or stream is being read: when no byte arrives for
    /// this span the attempt fails with an <see cref="ImageConnectionException"/> whose
    /// <see cref="ImageConnectionException.IsTimeout"/> is true (bodies are retried, started streams are not). Separate
    /// from <see cref="Timeout"/>; the wait for the response headers is the generation itself (up to minutes) and is bounded
    /// by <see cref="Timeout"/> only. Default 30 s; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest response body the client reads into memory (a JSON answer with base64 images). A larger
    /// <c>Content-Length</c> fails at once, before any buffer is taken; a body that grows past it fails before the buffer
    /// grows beyond it. Default 1 GiB; at most <see cref="MaxResponseBytesLimit"/>.</summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>The default of <see cref="MaxResponseBytes"/>: 1 GiB.</summary>
    public const long DefaultMaxResponseBytes = 1L << 30;

    /// <summary>The highest <see cref="MaxResponseBytes"/> (one .NET array holds the body).</summary>
    public static long MaxResponseBytesLimit => Array.MaxLength - 1;

    /// <summary>Validate requests against their model's contract before sending (default true). An invalid request
    /// throws <see cref="ImageRequestValidationException"/> and is never sent.</summary>
    public bool ValidateRequests { get; set; } = true;

    /// <summary>What validation does with a model the spec does not know: <see cref="UnknownModelPolicy.Warn"/> (default)
    /// sends the request after the checks every model of the endpoint shares; <see cref="UnknownModelPolicy.Refuse"/>
    /// throws <see cref="ImageRequestValidationException"/> and sends nothing. Applies when <see cref="ValidateRequests"/> is on.</summary>
    public UnknownModelPolicy UnknownModelPolicy { get; set; } = UnknownModelPolicy.Warn;

    /// <summary>The contract catalog the client prices usage with. Default: the spec bundled with the package
    /// (<see cref="BundledContracts.Catalog"/>), so nothing needs setting. Set it only to a catalog that extends the bundled
    /// one, such as the <c>ImageContract.Catalog</c> generated for a project with a spec overlay, so that the overlay's models
    /// are priced too. Must not be null.</summary>
    public ContractCatalog Catalog { get; set; } = BundledContracts.Catalog;

    /// <summary>The <c>User-Agent</c> product token. Default <c>ImageContracts/VERSION</c>.</summary>
    public string? UserAgent { get; set; }

    /// <summary>The clock of the client: the day lifecycle checks judge a model by, retry backoff delays, <c>Retry-After</c>
    /// dates, URL expiry, stream timestamps and the idle timeout. Default <see cref="TimeProvider.System"/>; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Refuse requests to models the spec says are shut down on <see cref="TimeProvider"/>'s day: validation reports
    /// <c>model_retired</c> as an error and the request is never sent. Default false (a warning), since the spec may lag
    /// an API that postponed a shutdown.</summary>
    public bool RefuseRetiredModels { get; set; }

    /// <summary>The most one request may cost (its estimated maximum, in USD); a dearer request, or a batch with a dearer
    /// line, is refused before sending with <see cref="ImageSpendingLimitException"/>. Null: no cap.</summary>
    public decimal? MaxRequestCostUsd { get; set; }

    /// <summary>A spending budget this client draws on; share one instance between clients (or register it in DI) to
    /// share the limit. Each call reserves its estimated maximum and settles with its actual cost. Null: no budget.</summary>
    public ImageSpendingBudget? SpendingBudget { get; set; }

    /// <summary>When a spending limit is set, whether a call whose cost has no upper bound (the spec cannot price some
    /// part of it) may be sent, counting only its priced part. Default false: such calls are refused.</summary>
    public bool AllowOpenEndedCosts { get; set; }

    /// <summary>Receives one log entry per attempt, retry, failure and stream end (operation, method, path, model, status,
    /// duration, request id); never the key, the prompt or image bytes. Null: no logs. Clients from <c>AddImageContracts</c>
    /// log through <c>ILogger</c> when this is null.</summary>
    public IImagesClientLog? Log { get; set; }

    /// <summary>A copy of these options (the catalog, budget, clock and log are shared, not copied): the client and the
    /// DI registration copy before they change anything, so the caller's options stay as they are.</summary>
    /// <returns>The copy.</returns>
    public ImagesClientOptions Clone() => (ImagesClientOptions)MemberwiseClone();

    /// <summary>The validation settings of these options.</summary>
    /// <param name="added">Parameters the call adds to the request's own (a streaming call's <c>stream: true</c>).</param>
    internal ValidationOptions CreateValidationOptions(System.Collections.Generic.IReadOnlyDictionary<string, object?>? added = null) => new()
    {
        TimeProvider = TimeProvider,
        RetiredModelSeverity = RefuseRetiredModels ? RuleSeverity.Error : RuleSeverity.Warning,
        UnknownModels = UnknownModelPolicy,
        AddedParameters = added,
    };

    internal void Check()
    {
        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be positive or infinite.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries must not be negative.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryBaseDelay), "Retry delays must not be negative.");
        }

        if (IdleTimeout <= TimeSpan.Zero && IdleTimeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(IdleTimeout), IdleTimeout, "IdleTimeout must be positive or infinite.");
        }

        if (MaxResponseBytes < 1 || MaxResponseBytes > MaxResponseBytesLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxResponseBytes), MaxResponseBytes, "MaxResponseBytes must be between 1 and " + MaxResponseBytesLimit + ".");
        }

        if (MaxRequestCostUsd < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRequestCostUsd), MaxRequestCostUsd, "MaxRequestCostUsd must not be negative.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(Catalog);
    }

    internal ModelContract? FindModel(string model)
    {
        if (string.IsNullOrEmpty(model))
        {
            return null;
        }

        return Catalog.Find(model);
    }
}
