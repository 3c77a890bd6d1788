using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

// Sending: one call with retries, timeouts and logging, and the decision on each error response.
public sealed partial class ImagesClient
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    private const int MaxShownRequestIdChars = 200;

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

    /// <summary>The <c>x-request-id</c>, scrubbed and cut before it reaches exceptions, logs and span tags.</summary>
    private string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("x-request-id", out var values) ? Secrets.Shown(values.FirstOrDefault(), _apiKey, MaxShownRequestIdChars) : null;
}
