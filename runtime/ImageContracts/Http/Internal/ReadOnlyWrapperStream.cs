using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>The shared part of the read-only pass-through streams over a response body: not seekable, not writable,
/// array reads routed to the <see cref="Memory{T}"/> overload, and disposing it disposes the body.</summary>
internal abstract class ReadOnlyWrapperStream : Stream
{
    protected ReadOnlyWrapperStream(Stream inner)
    {
        Inner = inner;
    }

    /// <summary>The wrapped body.</summary>
    protected Stream Inner { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
