using System;

namespace ImageContracts.Http;

/// <summary>The base of every exception an <see cref="ImagesClient"/> raises about a call (cancellation by the caller's
/// token is reported as <see cref="OperationCanceledException"/> instead). Messages never contain the API key or image bytes.</summary>
public abstract class ImagesClientException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message (already scrubbed of secrets).</param>
    /// <param name="innerException">The cause, if any.</param>
    protected ImagesClientException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The <c>x-request-id</c> of the last response, when one was received.</summary>
    public string? RequestId { get; init; }

    /// <summary>How many attempts were made (1 when the call was not retried).</summary>
    public int Attempts { get; init; } = 1;
}
