using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Http;

/// <summary>
/// A read-only pass-through over an SSE body that notices whether the body ended in the middle of an event.
/// <c>SseParser</c> follows the WHATWG rule and silently drops an unterminated last event; this wrapper tracks,
/// with a vectorised search for line ends (no per-byte copying), whether a field line was started after the last
/// blank line. Comment lines (<c>:</c>) do not count.
/// </summary>
internal sealed class SseCompletionGuardStream : ReadOnlyWrapperStream
{
    private bool _atLineStart = true;
    private bool _afterCarriageReturn;
    private bool _pendingField;
    private bool _ended;

    public SseCompletionGuardStream(Stream inner)
        : base(inner)
    {
    }

    /// <summary>True once the body reached its end.</summary>
    public bool Ended => _ended;

    /// <summary>True when the body ended after a field line that no blank line closed (an incomplete event).</summary>
    public bool EndedMidEvent => _ended && _pendingField;

    /// <summary>Total bytes read.</summary>
    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        int read = Inner.Read(buffer);
        Observe(buffer.Slice(0, read));
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Observe(buffer.Span.Slice(0, read));
        return read;
    }

    /// <summary>Feeds bytes through the line-state machine (public for tests of the state machine alone).</summary>
    internal void Observe(ReadOnlySpan<byte> chunk)
    {
        if (chunk.IsEmpty)
        {
            _ended = true;
            return;
        }

        BytesRead += chunk.Length;
        int i = 0;
        while (i < chunk.Length)
        {
            byte b = chunk[i];
            if (_afterCarriageReturn)
            {
                _afterCarriageReturn = false;
                if (b == (byte)'\n')
                {
                    i++;
                    continue;
                }
            }

            if (_atLineStart)
            {
                if (b is (byte)'\n' or (byte)'\r')
                {
                    // Blank line: the event (if any) is dispatched.
                    _pendingField = false;
                    _afterCarriageReturn = b == (byte)'\r';
                    i++;
                    continue;
                }

                if (b != (byte)':')
                {
                    _pendingField = true;
                }

                _atLineStart = false;
            }

            int end = chunk.Slice(i).IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                return;
            }

            i += end;
            _afterCarriageReturn = chunk[i] == (byte)'\r';
            _atLineStart = true;
            i++;
        }
    }
}
