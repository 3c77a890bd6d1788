namespace ImageContracts.Emulator;

/// <summary>One file held by <see cref="EmulatorFileStore"/>: the API's file object fields plus the content.</summary>
internal sealed record StoredFile(string Id, string FileName, string Purpose, long CreatedAt, byte[] Content)
{
    public long Bytes => Content.LongLength;
}
