using System;
using System.Collections;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace ImageContracts.Http;

/// <summary>
/// Writes an <see cref="ImagesClient"/>'s log entries to an <see cref="ILogger"/>, as structured entries: the event id
/// and name, the level (Debug, Information, Warning), each named value and <c>{OriginalFormat}</c>, so providers that
/// keep properties (OpenTelemetry, Serilog, JSON console) keep them. <c>AddImageContracts</c> sets it up; set
/// <see cref="ImagesClientOptions.Log"/> to one for a client you create yourself.
/// </summary>
public sealed class LoggerImagesClientLog : IImagesClientLog
{
    private readonly ILogger _logger;

    /// <summary>Creates the bridge.</summary>
    /// <param name="logger">The logger, e.g. an <c>ILogger&lt;ImagesClient&gt;</c>.</param>
    public LoggerImagesClientLog(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <inheritdoc />
    public bool IsEnabled(ImagesClientLogLevel level) => _logger.IsEnabled(LevelOf(level));

    /// <inheritdoc />
    public void Write(ImagesClientLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _logger.Log(LevelOf(entry.Level), new EventId(entry.EventId, entry.EventName), new State(entry), null, static (state, _) => state.Entry.Message);
    }

    private static LogLevel LevelOf(ImagesClientLogLevel level) => level switch
    {
        ImagesClientLogLevel.Debug => LogLevel.Debug,
        ImagesClientLogLevel.Information => LogLevel.Information,
        _ => LogLevel.Warning,
    };

    /// <summary>The state structured-logging providers read: the entry's values, then the template as
    /// <c>{OriginalFormat}</c> (what source-generated LoggerMessage states hold too).</summary>
    private sealed class State(ImagesClientLogEntry entry) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly IReadOnlyList<KeyValuePair<string, object?>> _properties = entry.Properties;

        public ImagesClientLogEntry Entry { get; } = entry;

        public int Count => _properties.Count + 1;

        public KeyValuePair<string, object?> this[int index] =>
            index == _properties.Count ? new("{OriginalFormat}", Entry.MessageTemplate) : _properties[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => Entry.Message;
    }
}
