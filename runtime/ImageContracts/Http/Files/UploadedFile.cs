using System;

namespace ImageContracts.Http;

/// <summary>A file stored by the Files API (<c>POST /files</c>).</summary>
public sealed class UploadedFile
{
    /// <summary><c>id</c>, e.g. <c>file-abc123</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary><c>filename</c>.</summary>
    public string? FileName { get; init; }

    /// <summary><c>bytes</c>.</summary>
    public long Bytes { get; init; }

    /// <summary><c>purpose</c>, e.g. <c>vision</c>.</summary>
    public string? Purpose { get; init; }

    /// <summary><c>created_at</c>.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary><c>expires_at</c>, when the file expires.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>A reference to the file for JSON edits and Responses input (<c>file_id</c>).</summary>
    public ImageReference ToReference() => ImageReference.FromFileId(Id);

    /// <summary>A short description.</summary>
    public override string ToString() => "UploadedFile(" + Id + ", " + (FileName ?? "?") + ", " + ByteSize.Format(Bytes) + ")";
}
