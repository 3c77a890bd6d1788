using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>Constraints on uploaded or referenced image files.</summary>
public sealed class FileContract
{
    /// <summary>Accepted formats, detected from the file's magic number; empty means any recognised format.</summary>
    public IReadOnlyList<ImageFormat> Formats { get; init; } = Array.Empty<ImageFormat>();

    /// <summary>Every file must be strictly smaller than this many bytes; null means no limit.</summary>
    public long? MaxBytes { get; init; }

    /// <summary>Maximum number of files; null means 1 for single-image kinds and no limit for list kinds.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Files must be square (width equals height).</summary>
    public bool RequireSquare { get; init; }

    /// <summary>Files must have an alpha channel (masks).</summary>
    public bool RequireAlpha { get; init; }

    /// <summary>The longest side, in pixels, an image's header may declare; null means no limit.</summary>
    public int? MaxEdge { get; init; }

    /// <summary>False when no source documents <see cref="MaxEdge"/> and it is the spec's safety ceiling against
    /// crafted headers (such as a 21-byte JPEG that declares 65535x1).</summary>
    public bool MaxEdgeConfirmed { get; init; } = true;

    /// <summary>True when <paramref name="info"/> declares a side longer than <see cref="MaxEdge"/>.</summary>
    /// <param name="info">What the image header declares.</param>
    public bool ExceedsMaxEdge(ImageInfo info) => MaxEdge is int maxEdge && info.IsValid && (info.Width > maxEdge || info.Height > maxEdge);
}
