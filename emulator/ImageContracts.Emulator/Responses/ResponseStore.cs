using System.Collections.Concurrent;
using System.Collections.Generic;

namespace ImageContracts.Emulator;

/// <summary>Completed responses by id, and their image_generation calls by id, for multi-turn requests
/// (<c>previous_response_id</c>, <c>{"type": "image_generation_call", "id": ...}</c> input items).</summary>
internal sealed class ResponseStore
{
    private readonly ConcurrentDictionary<string, StoredResponse> _responses = new(System.StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredImageCall> _calls = new(System.StringComparer.Ordinal);

    public void Add(StoredResponse response)
    {
        foreach (StoredImageCall call in response.Calls)
        {
            _calls[call.Id] = call;
        }

        _responses[response.Id] = response;
    }

    public StoredResponse? Find(string id) => _responses.GetValueOrDefault(id);

    public StoredImageCall? FindCall(string id) => _calls.GetValueOrDefault(id);
}

/// <summary>A response kept for later turns: its id, the one before it, the JSON answered, its image calls.</summary>
internal sealed record StoredResponse(string Id, string? PreviousId, byte[] Json, IReadOnlyList<StoredImageCall> Calls);

/// <summary>One image_generation call's result.</summary>
internal sealed record StoredImageCall(string Id, byte[] Image, string Prompt);
