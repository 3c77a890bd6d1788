using System;

namespace ImageContracts.Http;

/// <summary>The server could not be reached, the connection failed while the response was read, or an attempt timed
/// out (<see cref="IsTimeout"/>), on every attempt allowed.</summary>
public sealed class ImageConnectionException : ImagesClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="isTimeout">True when the last attempt exceeded <see cref="ImagesClientOptions.Timeout"/>.</param>
    /// <param name="innerException">The transport's exception.</param>
    public ImageConnectionException(string message, bool isTimeout, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary>True when the last attempt exceeded <see cref="ImagesClientOptions.Timeout"/>.</summary>
    public bool IsTimeout { get; }
}
