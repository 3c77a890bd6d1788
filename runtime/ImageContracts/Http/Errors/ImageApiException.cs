using System;
using System.Globalization;
using System.Net;
using System.Text;

namespace ImageContracts.Http;

/// <summary>The API answered with an error: an HTTP error status, or an error event inside a stream. Carries the
/// status, the error's <c>type</c>, <c>code</c>, <c>param</c> and <c>message</c>, the <c>x-request-id</c>, moderation
/// details when present and, for rate limits, the server's requested wait.</summary>
public sealed class ImageApiException : ImagesClientException
{
    /// <summary>Creates the exception; the message is composed from the fields.</summary>
    /// <param name="statusCode">The HTTP status (200 for an error event in a stream).</param>
    /// <param name="kind">The classification.</param>
    /// <param name="apiMessage">The API's <c>error.message</c>, or a description of a non-JSON body.</param>
    /// <param name="errorType">The API's <c>error.type</c>.</param>
    /// <param name="errorCode">The API's <c>error.code</c>.</param>
    /// <param name="param">The API's <c>error.param</c>.</param>
    /// <param name="note">Extra text for the message (e.g. why the call was not retried).</param>
    public ImageApiException(HttpStatusCode statusCode, ImageApiErrorKind kind, string? apiMessage, string? errorType = null, string? errorCode = null, string? param = null, string? note = null)
        : base(Compose(statusCode, kind, apiMessage, errorType, errorCode, param, note))
    {
        StatusCode = statusCode;
        Kind = kind;
        ApiMessage = apiMessage;
        ErrorType = errorType;
        ErrorCode = errorCode;
        Param = param;
    }

    /// <summary>The HTTP status (200 when the error arrived as an event in a stream).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>What kind of error this is.</summary>
    public ImageApiErrorKind Kind { get; }

    /// <summary><c>error.message</c> as the API sent it (secrets scrubbed), or a description of a body that was not an API error.</summary>
    public string? ApiMessage { get; }

    /// <summary><c>error.type</c>, e.g. <c>invalid_request_error</c>.</summary>
    public string? ErrorType { get; }

    /// <summary><c>error.code</c>, e.g. <c>invalid_value</c> or <c>moderation_blocked</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary><c>error.param</c>: the parameter concerned, e.g. <c>quality</c>.</summary>
    public string? Param { get; }

    /// <summary><c>error.moderation_details</c>, when the request was blocked by moderation.</summary>
    public ModerationDetails? Moderation { get; init; }

    /// <summary>The wait the server asked for (<c>retry-after-ms</c> or <c>Retry-After</c>), when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when repeating the same request later may succeed (rate limits, timeouts, conflicts, server errors).</summary>
    public bool IsTransient => Kind is ImageApiErrorKind.RateLimit or ImageApiErrorKind.ServerError
        or ImageApiErrorKind.RequestTimeout or ImageApiErrorKind.Conflict;

    /// <summary>Classifies an error from its status and code.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errorType">The API's <c>error.type</c>.</param>
    /// <param name="errorCode">The API's <c>error.code</c>.</param>
    public static ImageApiErrorKind Classify(HttpStatusCode statusCode, string? errorType, string? errorCode)
    {
        if (errorCode is "moderation_blocked" or "content_policy_violation" or "content_filter"
            || errorType is "image_generation_user_error" && errorCode is null)
        {
            return ImageApiErrorKind.ContentPolicy;
        }

        int status = (int)statusCode;
        return status switch
        {
            >= 300 and <= 399 => ImageApiErrorKind.Redirect,
            400 or 422 => ImageApiErrorKind.InvalidRequest,
            401 => ImageApiErrorKind.Authentication,
            403 => ImageApiErrorKind.PermissionDenied,
            404 => ImageApiErrorKind.NotFound,
            408 => ImageApiErrorKind.RequestTimeout,
            409 => ImageApiErrorKind.Conflict,
            429 => errorCode is "insufficient_quota" || errorType is "insufficient_quota" ? ImageApiErrorKind.QuotaExceeded : ImageApiErrorKind.RateLimit,
            >= 500 and <= 599 => ImageApiErrorKind.ServerError,
            _ => (errorType ?? errorCode) switch
            {
                "invalid_request_error" or "invalid_prompt" or "invalid_image" or "invalid_value" => ImageApiErrorKind.InvalidRequest,
                "authentication_error" => ImageApiErrorKind.Authentication,
                "rate_limit_error" or "rate_limit_exceeded" => ImageApiErrorKind.RateLimit,
                "server_error" => ImageApiErrorKind.ServerError,
                _ => ImageApiErrorKind.Unknown,
            },
        };
    }

    private static string Compose(HttpStatusCode statusCode, ImageApiErrorKind kind, string? apiMessage, string? errorType, string? errorCode, string? param, string? note)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"HTTP {(int)statusCode} {kind}");
        if (errorType is not null || errorCode is not null || param is not null)
        {
            text.Append(" (");
            string separator = "";
            if (errorType is not null)
            {
                text.Append("type ").Append(errorType);
                separator = ", ";
            }

            if (errorCode is not null)
            {
                text.Append(separator).Append("code ").Append(errorCode);
                separator = ", ";
            }

            if (param is not null)
            {
                text.Append(separator).Append("param ").Append(param);
            }

            text.Append(')');
        }

        text.Append(": ").Append(string.IsNullOrEmpty(apiMessage) ? "(no message)" : apiMessage);
        if (!string.IsNullOrEmpty(note))
        {
            text.Append(' ').Append(note);
        }

        return text.ToString();
    }
}
