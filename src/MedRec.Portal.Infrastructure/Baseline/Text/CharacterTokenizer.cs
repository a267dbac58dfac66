using System.Text;
using System.Text.Json;
using MedRec.Portal.Infrastructure.Baseline.Manifest;

namespace MedRec.Portal.Infrastructure.Baseline.Text;

/// <summary>
/// The package's character-level tokenizer: each input field's text cut to its budget (code points, head or tail),
/// fields joined by the separator id, one id per Unicode code point (unknown ones get the unknown id), cut to the
/// maximum length and padded with the padding id. Mirrors tools/baseline/medrec_baseline/tokenizer.py exactly.
/// </summary>
public sealed class CharacterTokenizer
{
    private readonly Dictionary<int, int> _ids;
    private readonly ManifestInput _input;
    private readonly ManifestTokenizer _settings;

    /// <summary>Creates the tokenizer; vocabulary entries after the three special ones must be single code points.</summary>
    /// <exception cref="ArgumentException">A vocabulary entry is not one code point.</exception>
    public CharacterTokenizer(IReadOnlyList<string> vocabulary, ManifestInput input, ManifestTokenizer settings)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _input = input ?? throw new ArgumentNullException(nameof(input));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        var firstCharacter = Math.Max(Math.Max(settings.PadId, settings.UnknownId), settings.SeparatorId) + 1;
        _ids = new Dictionary<int, int>(vocabulary.Count);
        for (var id = firstCharacter; id < vocabulary.Count; id++)
        {
            var entry = vocabulary[id];
            if (Rune.DecodeFromUtf16(entry, out var rune, out var used) != System.Buffers.OperationStatus.Done || used != entry.Length)
            {
                throw new ArgumentException($"vocabulary entry {id} (\"{entry}\") is not a single character", nameof(vocabulary));
            }

            _ids.TryAdd(rune.Value, id);
        }
    }

    /// <summary>The number of ids per record.</summary>
    public int MaxLength => _input.MaxLength;

    /// <summary>Token ids of one record, exactly <see cref="MaxLength"/> long.</summary>
    public long[] Encode(IReadOnlyDictionary<string, JsonElement> record)
    {
        var ids = new long[_input.MaxLength];
        Encode(record, ids);
        return ids;
    }

    /// <summary>Writes the record's ids into <paramref name="destination"/> (length <see cref="MaxLength"/>).</summary>
    public void Encode(IReadOnlyDictionary<string, JsonElement> record, Span<long> destination)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (destination.Length != _input.MaxLength)
        {
            throw new ArgumentException($"destination must hold {_input.MaxLength} ids", nameof(destination));
        }

        destination.Fill(_settings.PadId);
        var position = 0;
        for (var f = 0; f < _input.Fields.Count && position < destination.Length; f++)
        {
            if (f > 0)
            {
                destination[position++] = _settings.SeparatorId;
            }

            var field = _input.Fields[f];
            var text = record.TryGetValue(field.Name, out var value) ? RecordText.Of(value, _input.ListSeparator) : string.Empty;
            position = WriteField(text, field, destination, position);
        }
    }

    private int WriteField(string text, ManifestField field, Span<long> destination, int position)
    {
        var runeCount = CountRunes(text);
        var skip = string.Equals(field.Keep, "tail", StringComparison.Ordinal) ? Math.Max(0, runeCount - field.MaxChars) : 0;
        var take = Math.Min(runeCount, field.MaxChars);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (index++ < skip)
            {
                continue;
            }

            if (take-- <= 0 || position >= destination.Length)
            {
                break;
            }

            destination[position++] = _ids.TryGetValue(rune.Value, out var id) ? id : _settings.UnknownId;
        }

        return position;
    }

    private static int CountRunes(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
