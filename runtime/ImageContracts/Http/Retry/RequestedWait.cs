using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;

namespace ImageContracts.Http;

/// <summary>
/// The wait a server asked for before a retry (<c>retry-after-ms</c>, else <c>Retry-After</c> as seconds or an HTTP
/// date) and the header as it was sent. A number too large for a <see cref="TimeSpan"/> (<c>1e300</c>, twenty-digit
/// integers, <c>Infinity</c>) is <see cref="TimeSpan.MaxValue"/>, never "absent", so it fails fast against
/// <see cref="ImagesClientOptions.MaxRetryAfter"/>. Negative, NaN and unreadable values are ignored (the client backs off).
/// </summary>
internal readonly record struct RequestedWait(TimeSpan Wait, string Header)
{
    /// <summary>True when the wait is beyond what a <see cref="TimeSpan"/> holds.</summary>
    public bool IsUnbounded => Wait == TimeSpan.MaxValue;

    /// <summary>Reads the headers; dates count from <paramref name="now"/>. Null when neither header gives a usable wait.</summary>
    public static RequestedWait? From(HttpResponseHeaders headers, DateTimeOffset now)
    {
        string? ms = Value(headers, "retry-after-ms");
        if (ms is not null && FromNumber(ms, TimeSpan.TicksPerMillisecond) is { } milliseconds)
        {
            return new RequestedWait(milliseconds, "retry-after-ms: " + ms);
        }

        string? after = Value(headers, "Retry-After");
        if (after is null)
        {
            return null;
        }

        if (double.TryParse(after, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return FromNumber(after, TimeSpan.TicksPerSecond) is { } seconds ? new RequestedWait(seconds, "Retry-After: " + after) : null;
        }

        if (DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
        {
            TimeSpan wait = date - now;
            return new RequestedWait(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, "Retry-After: " + after);
        }

        return null;
    }

    /// <summary>A non-negative number of units as a span, saturating at <see cref="TimeSpan.MaxValue"/>; null for negative, NaN or unreadable text.</summary>
    private static TimeSpan? FromNumber(string text, long ticksPerUnit)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double units) || double.IsNaN(units) || units < 0)
        {
            return null;
        }

        double ticks = units * ticksPerUnit;
        return ticks >= 9.2233720368547758E18 ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)ticks);
    }

    private static string? Value(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
