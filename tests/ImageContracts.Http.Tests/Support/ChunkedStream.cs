namespace ImageContracts.Http.Tests.Support;

/// <summary>A read-only stream over bytes that never returns more than <c>readCap</c> bytes per read and never reads
/// across a cut, so a recorded body arrives split exactly as a test plans it. Can end early at <c>end</c>.</summary>
public sealed class ChunkedStream : Stream
{
    private readonly byte[] _data;
    private readonly int[] _cuts;
    private readonly int _readCap;
    private readonly int _end;
    private int _position;
    private int _nextCut;

    public ChunkedStream(byte[] data, IEnumerable<int> cuts, int readCap, int? end = null)
    {
        _data = data;
        _end = end ?? data.Length;
        _cuts = cuts.Where(c => c > 0 && c < _end).Distinct().OrderBy(c => c).ToArray();
        _readCap = Math.Max(1, readCap);
    }

    public int Reads { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Reads++;
        while (_nextCut < _cuts.Length && _cuts[_nextCut] <= _position)
        {
            _nextCut++;
        }

        int limit = _nextCut < _cuts.Length ? _cuts[_nextCut] : _end;
        int count = Math.Min(Math.Min(buffer.Length, _readCap), limit - _position);
        if (count <= 0)
        {
            return 0;
        }

        _data.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
