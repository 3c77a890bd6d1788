using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>
/// Sends image requests (generations, edits, variations, Image API streams, the Responses API <c>image_generation</c>
/// tool, Files API uploads) over an <see cref="HttpClient"/>. Requests are validated against their model's contract
/// before sending (unless <see cref="ImagesClientOptions.ValidateRequests"/> is off); failures surface as
/// <see cref="ImagesClientException"/> subtypes; transient failures are retried with backoff. Thread-safe.
/// </summary>
public sealed partial class ImagesClient : IDisposable
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>The first buffer for a success body: a <c>Content-Length</c> is believed only up to this size, so a
    /// lying length costs no more than this; larger bodies grow by doubling, up to <see cref="ImagesClientOptions.MaxResponseBytes"/>.</summary>
    private const int InitialBodyBufferBytes = 1 << 20;

    private const int MaxShownRequestIdChars = 200;

    private static readonly string DefaultUserAgent = "ImageContracts/" +
        (typeof(ImagesClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ImagesClientOptions _options;
    private readonly ValidationOptions _validation;
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

    /// <summary>The contract catalog from the options, if any.</summary>
    public ContractCatalog? Catalog => _options.Catalog;

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

    private void Validate(IImageRequest request, ValidationResult? result = null)
    {
        if (!_options.ValidateRequests)
        {
            return;
        }

        result ??= request.Validate(_validation);
        if (!result.IsValid)
        {
            throw new ImageRequestValidationException(request.Model, request.Endpoint, result);
        }
    }

    private static void RequireEndpoint(IImageRequest request, ImageEndpoint expected, string method)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Endpoint != expected)
        {
            throw new ArgumentException(
                method + " takes a " + WireValue.Endpoint(expected) + " request; this " + request.Model + " request is for " + WireValue.Endpoint(request.Endpoint) + ".",
                nameof(request));
        }
    }

    /// <summary>The actual cost: usage priced through the model's contract, else the request's exact estimate.</summary>
    private decimal? CostOf(IImageRequest request, ImageUsage? usage)
    {
        if (usage is not null)
        {
            ModelContract? model = _options.FindModel(request.Model);
            return model?.Pricing?.Tokens is not null ? CostCalculator.FromUsage(model, usage) : null;
        }

        try
        {
            CostEstimate estimate = request.EstimateCost();
            return estimate.IsExact ? estimate.MinUsd : null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The <c>x-request-id</c>, scrubbed and cut before it reaches exceptions, logs and span tags.</summary>
    private string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-request-id", out var values) ? Secrets.Shown(values.FirstOrDefault(), _apiKey, MaxShownRequestIdChars) : null;

    /// <summary>Opens a response body for reading under the idle timeout.</summary>
    private async Task<Stream> OpenBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        IdleTimeoutStream.Wrap(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _options.IdleTimeout, _options.TimeProvider);

    private static bool IsEventStream(HttpResponseMessage response) =>
        string.Equals(response.Content.Headers.ContentType?.MediaType, "text/event-stream", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Sends the request, retrying as <see cref="RetryPolicy"/> allows, and hands a success response to
    /// <paramref name="onSuccess"/>. For non-streaming calls the whole body is read inside the attempt, so a
    /// connection lost mid-body is retried; for streams the response and its timeout are handed over open.
    /// </summary>
    private async Task<(T Value, HttpResponseMessage? Response, CancellationTokenSource? Timeout)> ExecuteAsync<T>(
        RequestSpec spec, Func<HttpResponseMessage, CancellationToken, Task<T>> onSuccess, bool keepOpen, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (_options.Timeout != Timeout.InfiniteTimeSpan)
            {
                timeout.CancelAfter(_options.Timeout);
            }

            HttpResponseMessage? response = null;
            HttpStatusCode? status = null;
            bool handedOver = false;
            Exception? failure = null;
            bool timedOut = false;
            TimeSpan delay;
            long started = Stopwatch.GetTimestamp();
            try
            {
                using (HttpRequestMessage request = spec.Create(_baseAddress))
                {
                    AddHeaders(request);
                    if (_log.IsEnabled(ImagesClientLogLevel.Debug))
                    {
                        Log.Sending(_log, spec.Operation, spec.Method.Method, spec.Path, spec.Model, attempt + 1);
                    }

                    response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                }

                status = response.StatusCode;
                ImagesTelemetry.Attempt(spec.Activity, attempt + 1, status, RequestIdOf(response));
                if (_log.IsEnabled(ImagesClientLogLevel.Information))
                {
                    Log.Answered(_log, spec.Operation, spec.Method.Method, spec.Path, spec.Model, (int)status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, RequestIdOf(response), attempt + 1);
                }

                if (response.IsSuccessStatusCode)
                {
                    T value = await onSuccess(response, timeout.Token).ConfigureAwait(false);
                    if (keepOpen)
                    {
                        handedOver = true;
                        return (value, response, timeout);
                    }

                    return (value, null, null);
                }

                delay = await DecideOnErrorAsync(spec, response, attempt, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ImagesClientException ex)
            {
                if (_log.IsEnabled(ImagesClientLogLevel.Warning))
                {
                    Log.Failed(_log, spec.Operation, spec.Method.Method, spec.Path, spec.Model, ex.Attempts, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, Log.Describe(ex), (int?)status, ex.RequestId);
                }

                throw;
            }
            catch (IdleTimeoutException ex)
            {
                failure = ex;
                timedOut = true;
                delay = _retry.Backoff(attempt);
            }
            catch (OperationCanceledException ex) when (timeout.IsCancellationRequested || ex.InnerException is TimeoutException)
            {
                failure = ex;
                timedOut = true;
                delay = _retry.Backoff(attempt);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                failure = ex;
                delay = _retry.Backoff(attempt);
            }
            finally
            {
                if (!handedOver)
                {
                    response?.Dispose();
                    timeout.Dispose();
                }
            }

            ImagesTelemetry.Attempt(spec.Activity, attempt + 1, status, null);
            if (failure is not null && attempt >= _retry.MaxRetries)
            {
                if (_log.IsEnabled(ImagesClientLogLevel.Warning))
                {
                    Log.Failed(_log, spec.Operation, spec.Method.Method, spec.Path, spec.Model, attempt + 1, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, timedOut ? "timeout" : failure.GetType().Name, null, null);
                }

                string what = failure is IdleTimeoutException idle
                    ? "timed out: " + idle.Message
                    : timedOut
                    ? "timed out after " + RetryPolicy.Describe(Stopwatch.GetElapsedTime(started)) + " (Timeout " + RetryPolicy.Describe(_options.Timeout) + ")"
                    : "failed: " + Secrets.Scrub(failure.Message, _apiKey);
                throw new ImageConnectionException(
                    "The " + spec.Operation + " request to " + spec.Method + " " + spec.Path + " " + what + (attempt > 0 ? " (" + (attempt + 1) + " attempts)." : "."),
                    timedOut,
                    failure)
                {
                    Attempts = attempt + 1,
                };
            }

            if (_log.IsEnabled(ImagesClientLogLevel.Warning))
            {
                string reason = failure is null ? "HTTP " + (int)status.GetValueOrDefault() : timedOut ? "timeout" : failure.GetType().Name;
                Log.Retrying(_log, spec.Operation, spec.Method.Method, spec.Path, spec.Model, attempt + 1, reason, (long)delay.TotalMilliseconds);
            }

            await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads an error response and either throws (not retryable, retries exhausted, wait too long) or returns the delay before the next attempt.</summary>
    private async Task<TimeSpan> DecideOnErrorAsync(RequestSpec spec, HttpResponseMessage response, int attempt, CancellationToken cancellationToken)
    {
        using PooledBuffer body = new(4096);
        try
        {
            using Stream stream = await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
            while (body.Count < MaxErrorBodyBytes)
            {
                int read = await stream.ReadAsync(body.GetMemory(4096), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                body.Advance(read);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or IdleTimeoutException)
        {
            // The status is what matters; a broken or stalled error body is described as far as it arrived.
        }

        HttpStatusCode status = response.StatusCode;
        string? requestId = RequestIdOf(response);
        if ((int)status is >= 300 and <= 399)
        {
            throw RedirectError.Create(response, _baseAddress, spec.Operation, _apiKey, requestId, attempt + 1);
        }

        string? contentType = response.Content.Headers.ContentType?.MediaType;
        RequestedWait? requested = RequestedWait.From(response.Headers, _options.TimeProvider.GetUtcNow());
        TimeSpan? wait = requested?.Wait;
        ImageApiException error = ApiErrorReader.Create(status, body.WrittenSpan, contentType, _apiKey, NoKeyNote(status), requestId, attempt + 1, wait);
        if (!RetryPolicy.IsRetryable(response, error))
        {
            throw error;
        }

        if (requested is { } serverWait && serverWait.Wait > _retry.MaxRetryAfter)
        {
            throw ApiErrorReader.Create(status, body.WrittenSpan, contentType, _apiKey,
                "The server asked to wait " + RetryPolicy.Describe(serverWait.Wait) + " (" + Secrets.Shown(serverWait.Header, _apiKey, MaxShownRequestIdChars)
                + ") before retrying, more than MaxRetryAfter ("
                + RetryPolicy.Describe(_retry.MaxRetryAfter) + "), so the " + spec.Operation + " call was not retried.",
                requestId, attempt + 1, wait);
        }

        if (attempt >= _retry.MaxRetries)
        {
            throw attempt == 0 ? error : ApiErrorReader.Create(status, body.WrittenSpan, contentType, _apiKey, "(gave up after " + (attempt + 1) + " attempts)", requestId, attempt + 1, wait);
        }

        return wait is { } w && w > TimeSpan.Zero ? w : _retry.Backoff(attempt);
    }

    private string? NoKeyNote(HttpStatusCode status) =>
        status == HttpStatusCode.Unauthorized && _apiKey is null
            ? "(No API key was configured: set ImagesClientOptions.ApiKey or " + ImagesClientOptions.ApiKeyEnvironmentVariable + ".)"
            : null;

    /// <summary>Reads a success body into a pooled buffer. The cap holds before memory is taken: a <c>Content-Length</c>
    /// above <see cref="ImagesClientOptions.MaxResponseBytes"/> fails before any buffer is rented, a declared length is
    /// believed only up to <see cref="InitialBodyBufferBytes"/>, and the buffer never grows past the cap (plus the one
    /// byte that proves a body too long).</summary>
    private async Task<PooledBuffer> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        long cap = _options.MaxResponseBytes;
        long? length = response.Content.Headers.ContentLength;
        if (length > cap)
        {
            throw TooLarge(response, "declares Content-Length " + length.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        long limit = cap + 1;
        var buffer = new PooledBuffer((int)Math.Min(length is > 0 ? length.Value + 1 : 64 * 1024, Math.Min(InitialBodyBufferBytes, limit)));
        try
        {
            using Stream stream = await OpenBodyAsync(response, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                int read = await stream.ReadAsync(buffer.GetMemory(64 * 1024, limit), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer;
                }

                buffer.Advance(read);
                if (buffer.Count > cap)
                {
                    throw TooLarge(response, "sent more than that");
                }
            }
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private ImageResponseException TooLarge(HttpResponseMessage response, string what) =>
        new("The response body is larger than MaxResponseBytes (" + _options.MaxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + " bytes): the server " + what + ". Raise ImagesClientOptions.MaxResponseBytes if such bodies are expected.", response.StatusCode)
        {
            RequestId = RequestIdOf(response),
        };
}
