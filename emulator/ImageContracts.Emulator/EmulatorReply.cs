using System;
using System.Collections.Generic;

namespace ImageContracts.Emulator;

/// <summary>A finished, non-streamed answer: status, JSON (or other) body and extra headers. The HTTP handlers and
/// batches produce the same replies from the same request bodies.</summary>
internal sealed record EmulatorReply(int Status, byte[] Body, string ContentType = "application/json")
{
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = Array.Empty<KeyValuePair<string, string>>();

    public bool IsSuccess => Status is >= 200 and < 300;
}
