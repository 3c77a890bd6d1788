namespace ImageContracts.Emulator;

/// <summary>One server-sent event: its <c>event:</c> name (the JSON's <c>type</c>) and JSON data.</summary>
internal sealed record SseEvent(string Type, byte[] Data);
