using System.Collections.Generic;

namespace ImageContracts.Emulator;

/// <summary>What a call produced: a finished reply, or the events of a stream (rendered as they are enumerated).</summary>
internal sealed record EmulatorOutcome(EmulatorReply? Reply, IEnumerable<SseEvent>? Events)
{
    public static implicit operator EmulatorOutcome(EmulatorReply reply) => new(reply, null);
}
