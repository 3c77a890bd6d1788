using System.Collections.Concurrent;

namespace ImageContracts.Http.Tests.Support;

/// <summary>An <see cref="IImagesClientLog"/> (the core package's log, no logging library) that keeps every entry it
/// receives and wants the levels it was given (all by default).</summary>
public sealed class CapturingClientLog(params ImagesClientLogLevel[] levels) : IImagesClientLog
{
    private readonly ImagesClientLogLevel[] _levels = levels.Length == 0 ? Enum.GetValues<ImagesClientLogLevel>() : levels;

    public ConcurrentQueue<ImagesClientLogEntry> Entries { get; } = new();

    /// <summary>Each entry as "Level: message".</summary>
    public IEnumerable<string> Lines => Entries.Select(e => e.Level + ": " + e.Message);

    public bool IsEnabled(ImagesClientLogLevel level) => _levels.Contains(level);

    public void Write(ImagesClientLogEntry entry)
    {
        Assert.True(IsEnabled(entry.Level), "an entry of a level the log does not want was built: " + entry.Message);
        Entries.Enqueue(entry);
    }
}
