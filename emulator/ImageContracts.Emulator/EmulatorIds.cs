using System.Globalization;
using System.Threading;

namespace ImageContracts.Emulator;

/// <summary>Makes the API-style ids (<c>file-…</c>, <c>resp_…</c>, <c>ig_…</c>): a prefix and a per-emulator counter,
/// so a test run's ids are repeatable.</summary>
internal sealed class EmulatorIds
{
    private long _next;

    public string Next(string prefix)
        => prefix + "emu" + Interlocked.Increment(ref _next).ToString("x12", CultureInfo.InvariantCulture);
}
