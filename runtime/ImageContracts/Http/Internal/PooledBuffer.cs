using System;
using System.Buffers;

namespace ImageContracts.Http;

/// <summary>A growable byte buffer rented from <see cref="ArrayPool{T}.Shared"/>; an <see cref="IBufferWriter{T}"/> for
/// <see cref="System.Text.Json.Utf8JsonWriter"/> and the target of body reads. Dispose returns the array.</summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _array;
    private int _count;

    public PooledBuffer(int initialCapacity = 4096)
    {
        _array = ArrayPool<byte>.Shared.Rent(Math.Max(initialCapacity, 256));
    }

    public int Count => _count;

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, _count);

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _count);

    public void Advance(int count)
    {
        if (count < 0 || _count + count > _array.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _count += count;
    }

    /// <summary>Forgets the last <paramref name="count"/> written bytes.</summary>
    public void Rewind(int count)
    {
        if (count < 0 || count > _count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _count -= count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(_count);
    }

    public void Ensure(int sizeHint)
    {
        if (sizeHint < 1)
        {
            sizeHint = 1;
        }

        if (_array.Length - _count >= sizeHint)
        {
            return;
        }

        long wanted = Math.Max((long)_count + sizeHint, (long)_array.Length * 2);
        if (wanted > Array.MaxLength)
        {
            wanted = Math.Max((long)_count + sizeHint, Array.MaxLength);
            if (wanted > Array.MaxLength)
            {
                throw new OutOfMemoryException("The buffer cannot grow beyond " + Array.MaxLength + " bytes.");
            }
        }

        Grow(wanted);
    }

    /// <summary>Writable memory that never takes the buffer past <paramref name="capacityLimit"/> bytes: the buffer grows
    /// (doubling, clamped to the limit) only when it is full, and at most <c>capacityLimit - Count</c> bytes are offered,
    /// so a reader checks its cap before memory is taken rather than after.</summary>
    public Memory<byte> GetMemory(int sizeHint, long capacityLimit)
    {
        long room = capacityLimit - _count;
        if (room <= 0)
        {
            throw new InvalidOperationException("The buffer is at its limit of " + capacityLimit + " bytes.");
        }

        if (_array.Length == _count)
        {
            long wanted = Math.Max((long)_array.Length * 2, (long)_count + Math.Max(sizeHint, 1));
            Grow(Math.Min(Math.Min(wanted, capacityLimit), Array.MaxLength));
        }

        return _array.AsMemory(_count, (int)Math.Min(_array.Length - _count, room));
    }

    private void Grow(long wanted)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent((int)wanted);
        _array.AsSpan(0, _count).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }

    public void Dispose()
    {
        byte[] array = _array;
        _array = Array.Empty<byte>();
        _count = 0;
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
