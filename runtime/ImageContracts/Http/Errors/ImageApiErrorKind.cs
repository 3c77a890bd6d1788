namespace ImageContracts.Http;

/// <summary>What kind of error the API reported, from the HTTP status and the error's <c>type</c>/<c>code</c>.</summary>
public enum ImageApiErrorKind
{
    /// <summary>Not classified.</summary>
    Unknown,

    /// <summary>400 or 422: the request is invalid (a parameter, value or size the model does not accept).</summary>
    InvalidRequest,

    /// <summary>401: missing or wrong API key.</summary>
    Authentication,

    /// <summary>403: the key may not use this model or organization.</summary>
    PermissionDenied,

    /// <summary>404: unknown model, file or response id.</summary>
    NotFound,

    /// <summary>408: the server timed out waiting for the request.</summary>
    RequestTimeout,

    /// <summary>409: conflicting concurrent operation.</summary>
    Conflict,

    /// <summary>429: too many requests; retry later (see <see cref="ImageApiException.RetryAfter"/>).</summary>
    RateLimit,

    /// <summary>429 with code <c>insufficient_quota</c>: the account's quota or credit is used up; retrying does not help.</summary>
    QuotaExceeded,

    /// <summary>The prompt or an image was refused by moderation (<c>moderation_blocked</c>, <c>content_policy_violation</c>);
    /// see <see cref="ImageApiException.Moderation"/>.</summary>
    ContentPolicy,

    /// <summary>5xx: the service failed.</summary>
    ServerError,

    /// <summary>3xx: the server pointed elsewhere. Redirects are never followed, so the key and the request body stay with
    /// the configured base address; the message names the <c>Location</c>.</summary>
    Redirect,
}
