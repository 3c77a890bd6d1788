using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>
/// A read-only pass-through over a response body that fails a read with <see cref="IdleTimeoutException"/> when no
/// byte arrives for the idle span (on the options' <see cref="TimeProvider"/>). A drip-feeding or silent server is cut
/// off after the idle span instead of holding the call for the whole per-attempt timeout. Disposing it disposes the body.
/// </summary>
internal sealed class IdleTimeoutStream : Stream
{
    private readonly Stream _inner;
    private readonly TimeSpan _idle;
    private readonly CancellationTokenSource _timer;

    public IdleTimeoutStream(Stream inner, TimeSpan idle, TimeProvider timeProvider)
    {
        _inner = inner;
        _idle = idle;
        _timer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
    }

    /// <summary>The body wrapped when <paramref name="idle"/> is finite; else the body itself.</summary>
    public static Stream Wrap(Stream body, TimeSpan idle, TimeProvider timeProvider) =>
        idle == Timeout.InfiniteTimeSpan ? body : new IdleTimeoutStream(body, idle, timeProvider);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_timer.IsCancellationRequested)
        {
            throw new IdleTimeoutException(_idle);
        }

        _timer.CancelAfter(_idle);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
        try
        {
            return await _inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (_timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            throw new IdleTimeoutException(_idle);
        }
        finally
        {
            _timer.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

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
            _inner.Dispose();
            _timer.Dispose();
        }

        base.Dispose(disposing);
    }
}
