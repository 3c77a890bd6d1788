using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ImageContracts.Batches;

/// <summary>Reads newline-separated lines from a stream into one reused buffer that grows up to a cap, so a file of
/// any size is read with memory bounded by its longest line. Lines over the cap are skipped and reported.</summary>
internal sealed class BatchLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLine;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    public BatchLineReader(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLine = maxLineBytes;
        _buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line (without its <c>\n</c> or <c>\r\n</c>). Returns Read false at the end; TooLong
    /// is true (and the line empty) when the line exceeded the cap and was skipped.</summary>
    public async ValueTask<(bool Read, bool TooLong)> NextAsync(CancellationToken cancellationToken)
    {
        bool skipping = false;
        int scanFrom = _start;
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (newline >= 0)
            {
                LineNumber++;
                Current = skipping ? default : new ArraySegment<byte>(_buffer, _start, TrimCr(newline) - _start);
                _start = newline + 1;
                return (true, skipping);
            }

            if (_eof)
            {
                if (_end > _start || skipping)
                {
                    LineNumber++;
                    Current = skipping ? default : new ArraySegment<byte>(_buffer, _start, TrimCr(_end) - _start);
                    _start = _end;
                    return (true, skipping);
                }

                return (false, false);
            }

            if (!skipping && _end - _start > _maxLine)
            {
                // The line is over the cap: drop what is buffered and skip to its end.
                skipping = true;
            }

            if (skipping)
            {
                _start = _end = 0;
            }
            else if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, (long)_maxLine + 2));
            }

            scanFrom = _end;
            int read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    /// <summary>The line last returned (valid until the next call).</summary>
    public ArraySegment<byte> Current { get; private set; }

    private int TrimCr(int end) => end > _start && _buffer[end - 1] == (byte)'\r' ? end - 1 : end;
}
