using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Threading;

namespace ImageContracts.Http;

/// <summary>
/// Sends image requests (generations, edits, variations, Image API streams, the Responses API <c>image_generation</c>
/// tool, Files API uploads) over an <see cref="HttpClient"/>. Requests are validated against their model's contract
/// before sending (unless <see cref="ImagesClientOptions.ValidateRequests"/> is off); failures surface as
/// <see cref="ImagesClientException"/> subtypes; transient failures are retried with backoff. Thread-safe.
/// </summary>
public sealed partial class ImagesClient : IDisposable
{
    private static readonly string DefaultUserAgent = "ImageContracts/" +
        (typeof(ImagesClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ImagesClientOptions _options;
    private readonly ValidationOptions _validation;
    private readonly ValidationOptions _streamingValidation;
    private readonly RetryPolicy _retry;
    private readonly string? _apiKey;
    private readonly Uri _baseAddress;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly ProductInfoHeaderValue? _userAgent;
    private readonly IImagesClientLog _log;

    /// <summary>Creates a client that owns its <see cref="HttpClient"/> (pooled connections renewed every 5 minutes, no
    /// client-wide timeout: <see cref="ImagesClientOptions.Timeout"/> applies per attempt).</summary>
    /// <param name="options">The settings; null for the defaults (key from <c>OPENAI_API_KEY</c>).</param>
    public ImagesClient(ImagesClientOptions? options = null)
        : this(CreateHttpClient(), options, ownsHttp: true)
    {
    }

    /// <summary>Creates a client over an injected <see cref="HttpClient"/> (for example from <c>IHttpClientFactory</c>);
    /// the client does not dispose it. Its <c>BaseAddress</c> is used when the options set none. Set its
    /// <c>Timeout</c> to infinite (or above <see cref="ImagesClientOptions.Timeout"/>): image calls can take minutes.</summary>
    /// <param name="httpClient">The HTTP client.</param>
    /// <param name="options">The settings.</param>
    public ImagesClient(HttpClient httpClient, ImagesClientOptions? options = null)
        : this(httpClient ?? throw new ArgumentNullException(nameof(httpClient)), options, ownsHttp: false)
    {
    }

    private ImagesClient(HttpClient httpClient, ImagesClientOptions? options, bool ownsHttp)
    {
        _options = (options ?? new ImagesClientOptions()).Clone();
        _log = _options.Log ?? Log.None;
        _options.Check();
        _validation = _options.CreateValidationOptions();
        _streamingValidation = _options.CreateValidationOptions(StreamTrue);
        _http = httpClient;
        _ownsHttp = ownsHttp;
        _retry = new RetryPolicy(_options);
        _apiKey = !string.IsNullOrEmpty(_options.ApiKey) ? _options.ApiKey : Environment.GetEnvironmentVariable(ImagesClientOptions.ApiKeyEnvironmentVariable);
        if (string.IsNullOrEmpty(_apiKey))
        {
            _apiKey = null;
        }

        Uri baseAddress = _options.BaseAddress ?? httpClient.BaseAddress ?? ImagesClientOptions.DefaultBaseAddress;
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException("The base address must be absolute: " + baseAddress, nameof(options));
        }

        _baseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        if (_apiKey is not null && _options.ApiKeyHeaderName is null)
        {
            _authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        }

        string userAgent = _options.UserAgent ?? DefaultUserAgent;
        _userAgent = ProductInfoHeaderValue.TryParse(userAgent, out ProductInfoHeaderValue? product) ? product : null;
    }

    /// <summary>The base address requests go to (always ends with <c>/</c>).</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>The contract catalog from the options (the bundled spec unless an overlay catalog was set).</summary>
    public ContractCatalog Catalog => _options.Catalog;

    /// <summary>The clock of the options (<see cref="ImagesClientOptions.TimeProvider"/>).</summary>
    public TimeProvider TimeProvider => _options.TimeProvider;

    /// <summary>True when an API key was found (in the options or <c>OPENAI_API_KEY</c>).</summary>
    public bool HasApiKey => _apiKey is not null;

    /// <summary>Disposes the <see cref="HttpClient"/> when the client created it.</summary>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static HttpClient CreateHttpClient() =>
        new(CreateHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>A new primary handler as owned and <c>AddImageContracts</c> clients use (give it to any
    /// <see cref="HttpClient"/> you pass in). Redirects are off: the key (in
    /// <c>Authorization</c> or a custom header) and the body must never go to another origin; a 3xx becomes an
    /// <see cref="ImageApiException"/> of kind <see cref="ImageApiErrorKind.Redirect"/>.</summary>
    /// <returns>The handler (the caller owns it).</returns>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        ConnectTimeout = TimeSpan.FromSeconds(30),
        AutomaticDecompression = DecompressionMethods.None,
    };

    private void AddHeaders(HttpRequestMessage request)
    {
        if (_authorization is not null)
        {
            request.Headers.Authorization = _authorization;
        }
        else if (_apiKey is not null)
        {
            request.Headers.TryAddWithoutValidation(_options.ApiKeyHeaderName!, _apiKey);
        }

        if (!string.IsNullOrEmpty(_options.Organization))
        {
            request.Headers.TryAddWithoutValidation("OpenAI-Organization", _options.Organization);
        }

        if (!string.IsNullOrEmpty(_options.Project))
        {
            request.Headers.TryAddWithoutValidation("OpenAI-Project", _options.Project);
        }

        if (_userAgent is not null)
        {
            request.Headers.UserAgent.Add(_userAgent);
        }
    }
}
