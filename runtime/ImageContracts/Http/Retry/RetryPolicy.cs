using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;

namespace ImageContracts.Http;

/// <summary>
/// When and how long to wait before retrying. Retries connection failures, timeouts, 408, 409, 429 and 5xx; never a
/// 400, never an exhausted quota. Backs off before the first retry too (base × 2^n, capped, minus up to 25% jitter).
/// Honours <c>retry-after-ms</c>, then <c>Retry-After</c> (seconds or an HTTP date); a wait above
/// <see cref="ImagesClientOptions.MaxRetryAfter"/> fails fast. <c>x-should-retry: false</c> stops retries;
/// <c>x-should-retry: true</c> allows them for any status but 400.
/// </summary>
internal sealed class RetryPolicy
{
    private readonly ImagesClientOptions _options;

    public RetryPolicy(ImagesClientOptions options)
    {
        _options = options;
    }

    public int MaxRetries => _options.MaxRetries;

    public TimeSpan MaxRetryAfter => _options.MaxRetryAfter;

    /// <summary>True when a response with this status (and error) may be retried, before counting attempts.</summary>
    public static bool IsRetryable(HttpResponseMessage response, ImageApiException error)
    {
        int status = (int)response.StatusCode;
        if (status == 400)
        {
            return false;
        }

        string? shouldRetry = Header(response.Headers, "x-should-retry");
        if (string.Equals(shouldRetry, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(shouldRetry, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (error.Kind == ImageApiErrorKind.QuotaExceeded)
        {
            return false;
        }

        return status is 408 or 409 or 429 or (>= 500 and <= 599);
    }

    /// <summary>The backoff before retry number <paramref name="retry"/> (0 for the first retry).</summary>
    public TimeSpan Backoff(int retry)
    {
        double baseMs = _options.RetryBaseDelay.TotalMilliseconds;
        double maxMs = _options.RetryMaxDelay.TotalMilliseconds;
        double ms = Math.Min(baseMs * Math.Pow(2, Math.Min(retry, 30)), maxMs);
        double jitter = 1 - (0.25 * Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(ms * jitter);
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    /// <summary>Describes a wait for messages: <c>250 ms</c>, <c>12 s</c>, <c>3.5 h</c>.</summary>
    public static string Describe(TimeSpan wait) =>
        wait == TimeSpan.MaxValue ? "longer than a TimeSpan holds"
        : wait.TotalSeconds < 1 ? ((int)wait.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + " ms"
        : wait.TotalMinutes < 2 ? wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s"
        : wait.TotalHours < 2 ? wait.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture) + " min"
        : wait.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h";
}
