using System.Collections.Generic;

namespace ImageContracts.Http;

/// <summary>
/// One log entry of an <see cref="ImagesClient"/>: a fixed event (id, name, level, message template) and the values of
/// the template's named holes, for structured logging; <see cref="Message"/> is the template with the values filled in.
/// </summary>
public sealed class ImagesClientLogEntry
{
    private readonly ImagesClientLogEvent _event;
    private readonly object?[] _values;
    private string? _message;

    internal ImagesClientLogEntry(ImagesClientLogEvent logEvent, object?[] values)
    {
        _event = logEvent;
        _values = values;
    }

    /// <summary>The event id (1 sending, 2 answered, 3 retrying, 4 failed, 5 stream failed, 6 stream ended).</summary>
    public int EventId => _event.Id;

    /// <summary>The event name (<c>Sending</c>, <c>Answered</c>, <c>Retrying</c>, <c>Failed</c>, <c>StreamFailed</c>, <c>StreamEnded</c>).</summary>
    public string EventName => _event.Name;

    /// <summary>The level.</summary>
    public ImagesClientLogLevel Level => _event.Level;

    /// <summary>The message template, with named holes such as <c>{Model}</c>.</summary>
    public string MessageTemplate => _event.Template;

    /// <summary>The value of each named hole of <see cref="MessageTemplate"/>, in template order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Properties
    {
        get
        {
            var properties = new KeyValuePair<string, object?>[_values.Length];
            for (int i = 0; i < _values.Length; i++)
            {
                properties[i] = new(_event.Names[i], _values[i]);
            }

            return properties;
        }
    }

    /// <summary>The template with its values filled in (invariant culture; a null value shows as <c>(null)</c>).</summary>
    public string Message => _message ??= _event.Format(_values);

    /// <summary>The <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
