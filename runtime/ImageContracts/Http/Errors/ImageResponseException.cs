using System;
using System.Net;

namespace ImageContracts.Http;

/// <summary>The server answered with a success status, but the body could not be used: malformed JSON, an unexpected
/// content type, or a stream that ended in the middle of an event or before its final event.</summary>
public sealed class ImageResponseException : ImagesClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public ImageResponseException(string message, HttpStatusCode statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }
}
