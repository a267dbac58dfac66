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

    // Each slot holds (hash << 32) | (entry + 1), 0 when empty: a probe compares hashes without reading another array,
    // so a lookup in a large table costs one cache miss, not two. Null for a table built with Append only.
    private long[]? _slots;
    private int _byteCount;
    private string?[]? _strings;

    public Utf8Table(int capacity = 16)
        : this(capacity, indexed: true)
    {
    }

    private Utf8Table(int capacity, bool indexed)
    {
        capacity = Math.Max(capacity, 4);
        _bytes = new byte[capacity * 16];
        _starts = new int[capacity + 1];
        _slots = indexed ? new long[(int)BitOperations.RoundUpToPowerOf2((uint)(capacity * 2))] : null;
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

    /// <summary>
    /// A list of keys without a lookup index, filled with <see cref="Append"/>: a file's own identifiers, which are
    /// only ever compared with the gold's afterwards (<see cref="CompactScorer.MatchToGold"/>), so hashing each one
    /// into a table of its own would be work (and cache misses) for nothing. <see cref="Find"/> and
    /// <see cref="Add"/> are not available on it.
    /// </summary>
    public static Utf8Table Unindexed(int capacity) => new(capacity, indexed: false);

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The number of <paramref name="key"/>, or -1 when it is not in the table.</summary>
    public int Find(ReadOnlySpan<byte> key)
    {
        var slots = _slots ?? throw NoIndex();
        var hash = Hash(key);
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var value = slots[slot];
            if (value == 0)
            {
                return -1;
            }

            var entry = (int)value - 1;
            if ((int)(value >> 32) == hash && Key(entry).SequenceEqual(key))
            {
                return entry;
            }
        }
    }

    /// <summary>Adds <paramref name="key"/> unless present; returns its number and whether it was new.</summary>
    public int Add(ReadOnlySpan<byte> key, out bool added)
    {
        var slots = _slots ?? throw NoIndex();
        var hash = Hash(key);
        var mask = slots.Length - 1;
        var slot = hash & mask;
        for (; ; slot = (slot + 1) & mask)
        {
            var value = slots[slot];
            if (value == 0)
            {
                break;
            }

            var entry = (int)value - 1;
            if ((int)(value >> 32) == hash && Key(entry).SequenceEqual(key))
            {
                added = false;
                return entry;
            }
        }

        var index = Store(key);
        slots[slot] = ((long)hash << 32) | (uint)(index + 1);
        if (Count * 2 > slots.Length)
        {
            Rehash();
        }

        added = true;
        return index;
    }

    /// <summary>Adds <paramref name="key"/> to an <see cref="Unindexed"/> table, repeated or not; returns its number.</summary>
    public int Append(ReadOnlySpan<byte> key) =>
        _slots is null ? Store(key) : throw new InvalidOperationException("Append is for unindexed tables; use Add.");

    /// <summary>
    /// Gives an <see cref="Unindexed"/> table its lookup index, all keys at once: one tight loop whose memory accesses
    /// overlap, where adding the keys one by one while reading a file waits for a cache miss per key. False, and still
    /// unindexed, when a key occurs twice.
    /// </summary>
    public bool TryBuildIndex()
    {
        if (_slots is not null)
        {
            return true;
        }

        var slots = new long[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, Count * 2))];
        var mask = slots.Length - 1;
        for (var entry = 0; entry < Count; entry++)
        {
            var key = Key(entry);
            var hash = Hash(key);
            var slot = hash & mask;
            for (; ; slot = (slot + 1) & mask)
            {
                var value = slots[slot];
                if (value == 0)
                {
                    break;
                }

                if ((int)(value >> 32) == hash && Key((int)value - 1).SequenceEqual(key))
                {
                    return false;
                }
            }

            slots[slot] = ((long)hash << 32) | (uint)(entry + 1);
        }

        _slots = slots;
        return true;
    }

    // The key's bytes at the end; its number is the count before.
    private int Store(ReadOnlySpan<byte> key)
    {
        var index = Count;
        if (index + 1 == _starts.Length)
        {
            Array.Resize(ref _starts, (index * 2) + 1);
        }

        if (_byteCount + key.Length > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _byteCount + key.Length));
        }

        key.CopyTo(_bytes.AsSpan(_byteCount));
        _byteCount += key.Length;
        _starts[index + 1] = _byteCount;
        Count = index + 1;
        return index;
    }

    private static InvalidOperationException NoIndex() => new("This table has no lookup index (Utf8Table.Unindexed).");

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
        var old = _slots!;
        var slots = new long[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var value in old)
        {
            if (value == 0)
            {
                continue;
            }

            var slot = (int)(value >> 32) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = value;
        }

        _slots = slots;
    }
}
