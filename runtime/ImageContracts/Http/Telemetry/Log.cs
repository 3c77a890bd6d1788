using System;

namespace ImageContracts.Http;

/// <summary>Log entries of <see cref="ImagesClient"/>: operation, method, path, model, status, duration, request id
/// and attempt; never the key, the prompt or image bytes. Callers ask <see cref="IImagesClientLog.IsEnabled"/> first.</summary>
internal static class Log
{
    /// <summary>The sink of a client whose options set no <see cref="ImagesClientOptions.Log"/>: wants nothing.</summary>
    public static readonly IImagesClientLog None = new NoLog();

    private static readonly ImagesClientLogEvent SendingEvent = new(1, "Sending", ImagesClientLogLevel.Debug, "Sending {Operation} {Method} {Path} (model {Model}, attempt {Attempt})");
    private static readonly ImagesClientLogEvent AnsweredEvent = new(2, "Answered", ImagesClientLogLevel.Information, "{Operation} {Method} {Path} (model {Model}) answered {Status} in {ElapsedMs} ms; request id {RequestId}, attempt {Attempt}");
    private static readonly ImagesClientLogEvent RetryingEvent = new(3, "Retrying", ImagesClientLogLevel.Warning, "{Operation} {Method} {Path} (model {Model}) failed on attempt {Attempt} ({Reason}); retrying in {DelayMs} ms");
    private static readonly ImagesClientLogEvent FailedEvent = new(4, "Failed", ImagesClientLogLevel.Warning, "{Operation} {Method} {Path} (model {Model}) failed after {Attempts} attempt(s) in {ElapsedMs} ms: {ErrorType} {Status}; request id {RequestId}");
    private static readonly ImagesClientLogEvent StreamFailedEvent = new(5, "StreamFailed", ImagesClientLogLevel.Warning, "{Operation} stream (model {Model}) failed after {ElapsedMs} ms: {ErrorType}; request id {RequestId}");
    private static readonly ImagesClientLogEvent StreamEndedEvent = new(6, "StreamEnded", ImagesClientLogLevel.Debug, "{Operation} stream (model {Model}) ended after {Events} events in {ElapsedMs} ms");

    public static void Sending(IImagesClientLog log, string operation, string method, string path, string model, int attempt) =>
        log.Write(new(SendingEvent, [operation, method, path, model, attempt]));

    public static void Answered(IImagesClientLog log, string operation, string method, string path, string model, int status, long elapsedMs, string? requestId, int attempt) =>
        log.Write(new(AnsweredEvent, [operation, method, path, model, status, elapsedMs, requestId, attempt]));

    public static void Retrying(IImagesClientLog log, string operation, string method, string path, string model, int attempt, string reason, long delayMs) =>
        log.Write(new(RetryingEvent, [operation, method, path, model, attempt, reason, delayMs]));

    public static void Failed(IImagesClientLog log, string operation, string method, string path, string model, int attempts, long elapsedMs, string errorType, int? status, string? requestId) =>
        log.Write(new(FailedEvent, [operation, method, path, model, attempts, elapsedMs, errorType, status, requestId]));

    public static void StreamFailed(IImagesClientLog log, string operation, string model, long elapsedMs, string errorType, string? requestId) =>
        log.Write(new(StreamFailedEvent, [operation, model, elapsedMs, errorType, requestId]));

    public static void StreamEnded(IImagesClientLog log, string operation, string model, int events, long elapsedMs) =>
        log.Write(new(StreamEndedEvent, [operation, model, events, elapsedMs]));

    public static string Describe(Exception exception) => exception switch
    {
        ImageApiException api => "ImageApiException " + api.Kind,
        ImageConnectionException { IsTimeout: true } => "timeout",
        _ => exception.GetType().Name,
    };

    private sealed class NoLog : IImagesClientLog
    {
        public bool IsEnabled(ImagesClientLogLevel level) => false;

        public void Write(ImagesClientLogEntry entry)
        {
        }
    }
}
