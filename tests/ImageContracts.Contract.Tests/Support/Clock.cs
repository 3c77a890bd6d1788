using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace ImageContracts.Contract.Tests.Support;

/// <summary>Validation on a fixed day (a fake clock), so a test gives the same answer whenever it runs.</summary>
internal static class Clock
{
    /// <summary>The spec's own date: the day its facts describe.</summary>
    public static DateOnly SpecAsOf { get; } = DateOnly.ParseExact(ImageContract.SpecAsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static ValidationOptions On(DateOnly day, RuleSeverity retired = RuleSeverity.Warning) => new()
    {
        TimeProvider = new FakeTimeProvider(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)),
        RetiredModelSeverity = retired,
    };
}
