namespace ImageContracts.Http;

/// <summary>How much an <see cref="ImagesClientLogEntry"/> matters (the same order as
/// <c>Microsoft.Extensions.Logging.LogLevel</c>'s Debug, Information and Warning, to which the DI package maps them).</summary>
public enum ImagesClientLogLevel
{
    /// <summary>Each attempt as it is sent; a stream's end.</summary>
    Debug,

    /// <summary>Each answer: status, duration, request id.</summary>
    Information,

    /// <summary>A retry, a call that failed, a stream that broke.</summary>
    Warning,
}
