using System.Diagnostics;

namespace ImageContracts.Http.Tests.Support;

/// <summary>Every test body runs under a deadline: its token is cancelled after <c>seconds</c> and the test fails with
/// <see cref="TimeoutException"/> if the body still has not returned a few seconds later, so nothing can hang.
/// (xunit 2's <c>Fact.Timeout</c> is unreliable with parallel collections.)</summary>
public static class Limit
{
    public static async Task Run(Func<CancellationToken, Task> body, int seconds = 30)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await body(cts.Token).WaitAsync(TimeSpan.FromSeconds(seconds + 10));
    }

    /// <summary>Runs and returns how long it took.</summary>
    public static async Task<TimeSpan> Time(Func<Task> action)
    {
        long start = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(start);
    }
}
