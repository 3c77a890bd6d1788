using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace ImageContracts.Http.Tests.Support;

/// <summary>A <see cref="FakeTimeProvider"/> that also records the due time of every timer the client creates (a retry
/// delay is one timer) and signals each one, so a test can wait for the client to start waiting, read how long it
/// wants to wait, and advance the clock by exactly that, without sleeping.</summary>
public sealed class RecordingTimeProvider : TimeProvider
{
    private readonly SemaphoreSlim _created = new(0);

    /// <summary>Starts at a fixed instant (no wall clock anywhere in the expected values).</summary>
    public FakeTimeProvider Fake { get; } = new(new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero));

    public ConcurrentQueue<TimeSpan> DueTimes { get; } = new();

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = Fake.CreateTimer(callback, state, dueTime, period);
        DueTimes.Enqueue(dueTime);
        _created.Release();
        return timer;
    }

    /// <summary>Waits for the next timer the client creates and returns its due time.</summary>
    public async Task<TimeSpan> NextTimerAsync(CancellationToken cancellationToken)
    {
        await _created.WaitAsync(cancellationToken);
        return DueTimes.ToArray()[^1];
    }
}
