using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>Sends a caller's seekable stream from a fixed position without taking ownership of it, so every retry
/// attempt sends the same bytes and the stream is never buffered in memory or closed by the request.</summary>
internal sealed class SeekableUploadContent : HttpContent
{
    private readonly Stream _stream;
    private readonly long _start;

    public SeekableUploadContent(Stream stream, long start)
    {
        _stream = stream;
        _start = start;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _stream.Position = _start;
        await _stream.CopyToAsync(stream, 81920, cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _stream.Length - _start;
        return true;
    }
}
