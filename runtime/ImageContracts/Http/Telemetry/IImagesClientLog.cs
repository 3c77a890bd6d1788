namespace ImageContracts.Http;

/// <summary>
/// Receives the log entries of an <see cref="ImagesClient"/> (set <see cref="ImagesClientOptions.Log"/>). The core package
/// depends on no logging library: the ImageContracts.Extensions.DependencyInjection package bridges this to
/// <c>ILogger</c> for clients from <c>AddImageContracts</c>; anything else (a console, a test) implements it directly.
/// Entries never hold the key, the prompt or image bytes. Called from any thread; must not throw.
/// </summary>
public interface IImagesClientLog
{
    /// <summary>Whether entries of <paramref name="level"/> are wanted; asked before an entry is built, so a
    /// disabled level costs nothing.</summary>
    /// <param name="level">The level.</param>
    /// <returns>True to receive entries of that level.</returns>
    bool IsEnabled(ImagesClientLogLevel level);

    /// <summary>Receives one entry.</summary>
    /// <param name="entry">The entry.</param>
    void Write(ImagesClientLogEntry entry);
}
