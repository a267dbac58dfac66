using MedRec.Portal.Domain.Tasks;
using System.Text.Json;
using System.Text.Unicode;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// Reads a gold file held in memory straight into <see cref="GoldData"/>, touching only the identifier and label keys.
/// It handles the well-formed file; anything else (broken JSON, bare NaN tokens, a record without its identifier or
/// labels, a repeated identifier, a number as identifier, an odd value type) makes it give up and return false, and the
/// caller reads the file with <see cref="Datasets.DatasetReader"/>, which says exactly what is wrong or copes with it.
/// </summary>
internal static class FastGoldReader
{
    private static readonly byte[] CDrugRedId = "就诊标识"u8.ToArray();
    private static readonly byte[] CDrugRedLabels = "出院带药列表"u8.ToArray();
    private static readonly byte[] IcdId = "病案标识"u8.ToArray();
    private static readonly byte[] IcdPrimary = "主要诊断编码"u8.ToArray();
    private static readonly byte[] IcdOthers = "其他诊断编码"u8.ToArray();

    public static GoldData? TryRead(ReadOnlySpan<byte> file, TaskKind kind)
    {
        if (file.StartsWith("\uFEFF"u8))
        {
            file = file[3..];
        }

        // No pass over the whole file to check its UTF-8: every byte outside a string is JSON syntax (ASCII, or the
        // reader throws), and every string is checked where it is used (Valid) or, for keys this reader does not
        // need, skipped over and checked then (SkipChecked). A file with a bad byte anywhere still makes it give up.
        var first = file.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return null;
        }

        var isArray = file[first] == (byte)'[';
        var reader = new Utf8JsonReader(file, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowMultipleValues = !isArray,
        });
        var builder = new GoldDataBuilder(Math.Max(16, file.Length / 128), kind == TaskKind.Icd, checkIdsAtEnd: true);
        var scratch = new byte[256];
        try
        {
            if (isArray && (!reader.Read() || reader.TokenType != JsonTokenType.StartArray))
            {
                return null;
            }

            while (reader.Read())
            {
                if (isArray && reader.TokenType == JsonTokenType.EndArray)
                {
                    // Only white space may follow (the reader throws on anything else).
                    return reader.Read() ? null : builder.Build();
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                var ok = kind == TaskKind.CDrugRed ? ReadCDrugRed(ref reader, file, builder, ref scratch) : ReadIcd(ref reader, file, builder, ref scratch);
                if (!ok)
                {
                    return null;
                }
            }

            return isArray ? null : builder.Build();
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // An escape that is not text (a lone surrogate): the dataset reader words the error.
            return null;
        }
    }

    // One object; the reader is on its StartObject and ends on its EndObject. One pass over the object: the reader is
    // copied at each value it needs (a copy is a bookmark into the same bytes), and the record is built from the copies
    // once both keys are known to be there exactly once, so a record that is given up on adds nothing.
    private static bool ReadCDrugRed(ref Utf8JsonReader reader, ReadOnlySpan<byte> file, GoldDataBuilder builder, ref byte[] scratch)
    {
        var id = default(Utf8JsonReader);
        var labels = default(Utf8JsonReader);
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
            if (key < 0)
            {
                return false;
            }

            reader.Read();
            if (key == 1)
            {
                if ((seen & 1) != 0 || reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                seen |= 1;
                id = reader;
            }
            else if (key == 2)
            {
                if ((seen & 2) != 0 || reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.Null))
                {
                    return false;
                }

                seen |= 2;
                labels = reader;
                reader.Skip();
            }
            else if (!SkipChecked(ref reader, file))
            {
                return false;
            }
        }

        if (seen != 3 || !BeginRecord(ref id, builder, ref scratch))
        {
            return false;
        }

        if (labels.TokenType == JsonTokenType.StartArray)
        {
            while (labels.Read() && labels.TokenType != JsonTokenType.EndArray)
            {
                if (labels.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                if (labels.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                AddLabel(ref labels, builder, ref scratch);
            }
        }

        builder.EndRecord();
        return true;
    }

    // As ReadCDrugRed: one pass, then the identifier, the primary code and the other codes from their bookmarks.
    private static bool ReadIcd(ref Utf8JsonReader reader, ReadOnlySpan<byte> file, GoldDataBuilder builder, ref byte[] scratch)
    {
        var id = default(Utf8JsonReader);
        var primary = default(Utf8JsonReader);
        var others = default(Utf8JsonReader);
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
            if (key < 0)
            {
                return false;
            }

            reader.Read();
            if (key is 3 or 4 or 5)
            {
                var bit = 1 << key;
                var allowed = key == 5 ? reader.TokenType is JsonTokenType.String or JsonTokenType.Null : reader.TokenType == JsonTokenType.String;
                if ((seen & bit) != 0 || !allowed)
                {
                    return false;
                }

                seen |= bit;
                switch (key)
                {
                    case 3:
                        id = reader;
                        break;
                    case 4:
                        primary = reader;
                        break;
                    default:
                        others = reader;
                        break;
                }
            }
            else if (!SkipChecked(ref reader, file))
            {
                return false;
            }
        }

        if ((seen & ((1 << 3) | (1 << 4))) != ((1 << 3) | (1 << 4))
            || !BeginRecord(ref id, builder, ref scratch)
            || !SetPrimary(ref primary, builder, ref scratch)
            || ((seen & (1 << 5)) != 0 && !AddOtherCodes(ref others, builder, ref scratch)))
        {
            return false;
        }

        builder.EndRecord();
        return true;
    }

    // 1 CDrugRed id, 2 CDrugRed labels, 3 ICD id, 4 ICD primary, 5 ICD others, 0 any other key, -1 a name that is
    // not UTF-8 (escaped names are checked by GetString, which throws).
    private static int Key(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            // An escaped key may still spell one we need: compare its text.
            var text = reader.GetString();
            return text switch
            {
                CDrugRedFields.VisitId => 1,
                CDrugRedFields.DischargeMedications => 2,
                IcdFields.RecordId => 3,
                IcdFields.PrimaryCode => 4,
                IcdFields.OtherCodes => 5,
                _ => 0,
            };
        }

        var key = reader.ValueSpan;
        return key.SequenceEqual(CDrugRedId) ? 1
            : key.SequenceEqual(CDrugRedLabels) ? 2
            : key.SequenceEqual(IcdId) ? 3
            : key.SequenceEqual(IcdPrimary) ? 4
            : key.SequenceEqual(IcdOthers) ? 5
            : Utf8.IsValid(key) ? 0
            : -1;
    }

    // The value of a key this reader does not use (the reader is on its first token): skipped, and its bytes
    // checked to be UTF-8, since nothing else looks at them. False when they are not.
    private static bool SkipChecked(ref Utf8JsonReader reader, ReadOnlySpan<byte> file)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Utf8.IsValid(file[start..(int)reader.BytesConsumed]);
    }

    private static bool BeginRecord(ref Utf8JsonReader reader, GoldDataBuilder builder, ref byte[] scratch)
    {
        var id = NormalizedBytes(ref reader, ref scratch);
        return id.Length > 0 && builder.BeginRecord(id);
    }

    private static bool SetPrimary(ref Utf8JsonReader reader, GoldDataBuilder builder, ref byte[] scratch)
    {
        var code = NormalizedBytes(ref reader, ref scratch);
        if (code.Length == 0)
        {
            return false;
        }

        builder.SetPrimary(code);
        return true;
    }

    private static void AddLabel(ref Utf8JsonReader reader, GoldDataBuilder builder, ref byte[] scratch)
    {
        if (reader.ValueIsEscaped)
        {
            var label = NormalizedBytes(ref reader, ref scratch);
            if (label.Length > 0)
            {
                builder.AddLabel(label);
            }

            return;
        }

        var raw = reader.ValueSpan;
        var number = builder.FindRaw(raw);
        if (number == -2)
        {
            number = builder.RememberRaw(raw, RawText.IsKnownNormal(raw) ? raw : RawText.ToUtf8(RawText.Normalized(ref reader), ref scratch));
        }

        if (number >= 0)
        {
            builder.AddLabelNumber(number);
        }
    }

    // 其他诊断编码: split on ';' first, then normalise each piece, as IcdGold does with the text.
    private static bool AddOtherCodes(ref Utf8JsonReader reader, GoldDataBuilder builder, ref byte[] scratch)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (!reader.ValueIsEscaped && System.Text.Ascii.IsValid(reader.ValueSpan))
        {
            var rest = reader.ValueSpan;
            while (true)
            {
                var cut = rest.IndexOf((byte)';');
                var piece = cut < 0 ? rest : rest[..cut];
                if (RawText.IsKnownNormal(piece))
                {
                    builder.AddLabel(piece);
                }
                else if (TextNormalizer.Normalize(System.Text.Encoding.ASCII.GetString(piece)) is { Length: > 0 } normalized)
                {
                    builder.AddLabel(RawText.ToUtf8(normalized, ref scratch));
                }

                if (cut < 0)
                {
                    return true;
                }

                rest = rest[(cut + 1)..];
            }
        }

        foreach (var piece in reader.GetString()!.Split(';'))
        {
            if (TextNormalizer.Normalize(piece) is { Length: > 0 } normalized)
            {
                builder.AddLabel(RawText.ToUtf8(normalized, ref scratch));
            }
        }

        return true;
    }

    // The value's normalised UTF-8: its own bytes when they are known to be normal, else through the string path.
    private static ReadOnlySpan<byte> NormalizedBytes(ref Utf8JsonReader reader, ref byte[] scratch)
    {
        if (!reader.ValueIsEscaped && RawText.IsKnownNormal(reader.ValueSpan))
        {
            return reader.ValueSpan;
        }

        var text = RawText.Normalized(ref reader);
        return RawText.ToUtf8(text, ref scratch);
    }
}
