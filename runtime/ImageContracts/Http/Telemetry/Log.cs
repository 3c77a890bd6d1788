using System;
using Microsoft.Extensions.Logging;

namespace ImageContracts.Http;

/// <summary>Log messages of <see cref="ImagesClient"/> (source-generated): operation, method, path, model, status,
/// duration, request id and attempt; never the key, the prompt or image bytes.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Sending {Operation} {Method} {Path} (model {Model}, attempt {Attempt})")]
    public static partial void Sending(ILogger logger, string operation, string method, string path, string model, int attempt);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{Operation} {Method} {Path} (model {Model}) answered {Status} in {ElapsedMs} ms; request id {RequestId}, attempt {Attempt}")]
    public static partial void Answered(ILogger logger, string operation, string method, string path, string model, int status, long elapsedMs, string? requestId, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Operation} {Method} {Path} (model {Model}) failed on attempt {Attempt} ({Reason}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, string method, string path, string model, int attempt, string reason, long delayMs);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Operation} {Method} {Path} (model {Model}) failed after {Attempts} attempt(s) in {ElapsedMs} ms: {ErrorType} {Status}; request id {RequestId}")]
    public static partial void Failed(ILogger logger, string operation, string method, string path, string model, int attempts, long elapsedMs, string errorType, int? status, string? requestId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "{Operation} stream (model {Model}) failed after {ElapsedMs} ms: {ErrorType}; request id {RequestId}")]
    public static partial void StreamFailed(ILogger logger, string operation, string model, long elapsedMs, string errorType, string? requestId);

    [LoggerMessage(EventId = 6, Level = LogLevel.Debug, Message = "{Operation} stream (model {Model}) ended after {Events} events in {ElapsedMs} ms")]
    public static partial void StreamEnded(ILogger logger, string operation, string model, int events, long elapsedMs);

    public static string Describe(Exception exception) => exception switch
    {
        ImageApiException api => "ImageApiException " + api.Kind,
        ImageConnectionException { IsTimeout: true } => "timeout",
        _ => exception.GetType().Name,
    };
}
