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

        var first = file.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || !Utf8.IsValid(file))
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
        var builder = new GoldDataBuilder(Math.Max(16, file.Length / 128), kind == TaskKind.Icd);
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

                var ok = kind == TaskKind.CDrugRed ? ReadCDrugRed(ref reader, builder, ref scratch) : ReadIcd(ref reader, builder, ref scratch);
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

    // One object; the reader is on its StartObject and ends on its EndObject.
    private static bool ReadCDrugRed(ref Utf8JsonReader reader, GoldDataBuilder builder, ref byte[] scratch)
    {
        var idStart = -1L;
        var labelsAt = -1L;
        var start = reader;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
            reader.Read();
            if (key == 1)
            {
                if (idStart >= 0 || reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }

                idStart = reader.TokenStartIndex;
            }
            else if (key == 2)
            {
                if (labelsAt >= 0 || reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.Null))
                {
                    return false;
                }

                labelsAt = reader.TokenStartIndex;
            }

            reader.Skip();
        }

        if (idStart < 0 || labelsAt < 0)
        {
            return false;
        }

        // Second pass over the same object, now that both keys are known to be there exactly once.
        var end = reader;
        reader = start;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
            reader.Read();
            if (key == 1 && !BeginRecord(ref reader, builder, ref scratch))
            {
                return false;
            }

            reader.Skip();
        }

        reader = start;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
            reader.Read();
            if (key == 2 && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        continue;
                    }

                    if (reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }

                    AddLabel(ref reader, builder, ref scratch);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        builder.EndRecord();
        reader = end;
        return true;
    }

    private static bool ReadIcd(ref Utf8JsonReader reader, GoldDataBuilder builder, ref byte[] scratch)
    {
        var seen = 0;
        var start = reader;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
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
            }

            reader.Skip();
        }

        if ((seen & ((1 << 3) | (1 << 4))) != ((1 << 3) | (1 << 4)))
        {
            return false;
        }

        var end = reader;
        for (var wanted = 3; wanted <= 5; wanted++)
        {
            reader = start;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = Key(ref reader);
                reader.Read();
                if (key == wanted)
                {
                    var ok = wanted switch
                    {
                        3 => BeginRecord(ref reader, builder, ref scratch),
                        4 => SetPrimary(ref reader, builder, ref scratch),
                        _ => AddOtherCodes(ref reader, builder, ref scratch),
                    };
                    if (!ok)
                    {
                        return false;
                    }
                }

                reader.Skip();
            }
        }

        builder.EndRecord();
        reader = end;
        return true;
    }

    // 1 CDrugRed id, 2 CDrugRed labels, 3 ICD id, 4 ICD primary, 5 ICD others, 0 any other key.
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
            : 0;
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
