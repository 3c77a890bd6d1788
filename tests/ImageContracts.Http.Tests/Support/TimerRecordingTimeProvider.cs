using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace ImageContracts.Http.Tests.Support;

/// <summary>A <see cref="FakeTimeProvider"/> that also reports every timer the code under test creates (its due
/// time), so a test can wait until the code is waiting and then advance the clock by exactly that much. Timers created
/// unarmed (infinite due time) are not waits and are not reported.</summary>
public sealed class TimerRecordingTimeProvider : TimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));

    public List<TimeSpan> DueTimes { get; } = new();

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = Fake.CreateTimer(callback, state, dueTime, period);
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            // A timer armed later (the client's idle timeout on a response body), not a wait.
            return timer;
        }

        lock (DueTimes)
        {
            DueTimes.Add(dueTime);
        }

        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until the code creates its next timer and returns its due time.</summary>
    public ValueTask<TimeSpan> NextTimerAsync(CancellationToken cancellationToken) => _timers.Reader.ReadAsync(cancellationToken);
}
