using System;

namespace ImageContracts.Http;

/// <summary>No byte arrived from the server for <see cref="ImagesClientOptions.IdleTimeout"/>; thrown by
/// <see cref="IdleTimeoutStream"/> and turned into an <see cref="ImageConnectionException"/> by the client.</summary>
internal sealed class IdleTimeoutException : TimeoutException
{
    public IdleTimeoutException(TimeSpan idle)
        : base("no byte arrived for " + RetryPolicy.Describe(idle) + " (IdleTimeout)")
    {
        Idle = idle;
    }

    public TimeSpan Idle { get; }
}
