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
internal sealed class IdleTimeoutStream : ReadOnlyWrapperStream
{
    private readonly TimeSpan _idle;
    private readonly CancellationTokenSource _timer;

    public IdleTimeoutStream(Stream inner, TimeSpan idle, TimeProvider timeProvider)
        : base(inner)
    {
        _idle = idle;
        _timer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
    }

    /// <summary>The body wrapped when <paramref name="idle"/> is finite; else the body itself.</summary>
    public static Stream Wrap(Stream body, TimeSpan idle, TimeProvider timeProvider) =>
        idle == Timeout.InfiniteTimeSpan ? body : new IdleTimeoutStream(body, idle, timeProvider);

    public override int Read(Span<byte> buffer)
    {
        // Synchronous reads are not used by the client; they pass through without the idle timer.
        return Inner.Read(buffer);
    }

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
            return await Inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _timer.Dispose();
        }

        base.Dispose(disposing);
    }
}
