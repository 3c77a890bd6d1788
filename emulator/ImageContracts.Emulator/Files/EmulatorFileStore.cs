using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace ImageContracts.Emulator;

/// <summary>The in-memory, thread-safe store behind <c>/v1/files</c>; batches read their input from it and write their
/// output files into it.</summary>
internal sealed class EmulatorFileStore
{
    private readonly ConcurrentDictionary<string, StoredFile> _files = new(System.StringComparer.Ordinal);
    private readonly EmulatorIds _ids;

    public EmulatorFileStore(EmulatorIds ids) => _ids = ids;

    /// <summary>Stores <paramref name="content"/> under a new <c>file-…</c> id.</summary>
    public StoredFile Add(string fileName, string purpose, byte[] content, long createdAt)
    {
        var file = new StoredFile(_ids.Next("file-"), fileName, purpose, createdAt, content);
        _files[file.Id] = file;
        return file;
    }

    public StoredFile? Find(string id) => _files.GetValueOrDefault(id);

    public bool Delete(string id) => _files.TryRemove(id, out _);

    /// <summary>Every file, oldest first.</summary>
    public IReadOnlyList<StoredFile> List() => _files.Values.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id, System.StringComparer.Ordinal).ToList();
}
