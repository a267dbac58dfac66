using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// An append-only set of UTF-8 byte strings numbered 0, 1, 2… in insertion order: the phase's identifiers or a task's
/// labels, looked up straight from a file's bytes so the common case (a known, already normalised value) allocates
/// nothing. Open addressing over one flat byte array; never shrinks. Not thread-safe while being built; read-only use
/// after building is safe from several threads.
/// </summary>
internal sealed class Utf8Table
{
    private byte[] _bytes;
    private int[] _starts;
    private int[] _hashes;
    private int[] _slots;
    private int _byteCount;
    private string?[]? _strings;

    public Utf8Table(int capacity = 16)
    {
        capacity = Math.Max(capacity, 4);
        _bytes = new byte[capacity * 16];
        _starts = new int[capacity + 1];
        _hashes = new int[capacity];
        _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)(capacity * 2))];
    }

    /// <summary>A table of <paramref name="keys"/> in order (they must be distinct; a repeat keeps its first number).</summary>
    public Utf8Table(IReadOnlyCollection<string> keys)
        : this(keys.Count)
    {
        Span<byte> small = stackalloc byte[256];
        foreach (var key in keys)
        {
            var length = Encoding.UTF8.GetByteCount(key);
            var buffer = length <= small.Length ? small[..length] : new byte[length];
            Encoding.UTF8.GetBytes(key, buffer);
            Add(buffer, out _);
        }
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The number of <paramref name="key"/>, or -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_hashes[entry] == hash && Key(entry).SequenceEqual(key))
            {
                return entry;
            }
        }
    }

    /// <summary>Adds <paramref name="key"/> unless present; returns its number and whether it was new.</summary>
    public int Add(ReadOnlySpan<byte> key, out bool added)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        for (; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                break;
            }

            if (_hashes[entry] == hash && Key(entry).SequenceEqual(key))
            {
                added = false;
                return entry;
            }
        }

        var index = Count;
        if (index == _hashes.Length)
        {
            Array.Resize(ref _hashes, index * 2);
            Array.Resize(ref _starts, (index * 2) + 1);
        }

        if (_byteCount + key.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + key.Length));
        }

        key.CopyTo(_bytes.AsSpan(_byteCount));
        _byteCount += key.Length;
        _hashes[index] = hash;
        _starts[index + 1] = _byteCount;
        _slots[slot] = index + 1;
        Count = index + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        added = true;
        return index;
    }

    /// <summary>The UTF-8 bytes of key <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> Key(int index) => _bytes.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>Key <paramref name="index"/> as a string (made once, then kept).</summary>
    public string GetString(int index)
    {
        var strings = _strings;
        if (strings is null || strings.Length < Count)
        {
            var grown = new string?[Count];
            strings?.CopyTo(grown, 0);
            _strings = strings = grown;
        }

        return strings[index] ??= Encoding.UTF8.GetString(Key(index));
    }

    /// <summary>Every key as a string, in order.</summary>
    public string[] ToStrings()
    {
        var result = new string[Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = GetString(i);
        }

        return result;
    }

    // A multiplicative hash over 8 bytes at a time: identifiers and labels are short, and this runs once per value read.
    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 32;
            key = key[8..];
        }

        if (key.Length > 0)
        {
            ulong tail = 0;
            for (var i = 0; i < key.Length; i++)
            {
                tail |= (ulong)key[i] << (8 * i);
            }

            hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53UL;
        }

        hash ^= hash >> 29;
        return (int)(hash & 0x7FFFFFFF);
    }

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var entry = 0; entry < Count; entry++)
        {
            var slot = _hashes[entry] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = entry + 1;
        }

        _slots = slots;
    }
}
