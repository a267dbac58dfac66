using System.Text.Json;
using System.Text.Unicode;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Fast;

/// <summary>
/// Reads a submission file held in memory when it is clean: every record has the task's two keys once, every
/// identifier and label is spelled exactly as the phase's tables have it (so it is already normal and allowed),
/// no identifier repeats or is missing, and nothing deserves a warning. Such a file gives an empty report, and this
/// reader turns it into a <see cref="ParsedSubmission"/> without making a string. At the first thing it does not
/// handle it gives up (returns null), and the caller runs the rule-by-rule reader over the same bytes, which finds and
/// words every problem exactly as before; so this reader only has to be right about files it accepts.
/// </summary>
internal static class FastSubmissionReader
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Disallow };

    public static ParsedSubmission? TryRead(ReadOnlySpan<byte> file, TaskDefinition task, Utf8Table ids, ScoringOptions options) =>
        TryRead(file, task, ids, ownIds: false, options);

    /// <summary>
    /// The same reading before the phase's identifiers are known (the gold is still being read on another thread):
    /// identifiers go into a list of the file's own (not hashed: see <see cref="Utf8Table.Unindexed"/>), and whether
    /// they are exactly the phase's, each once, is left to <see cref="CompactScorer.MatchToGold"/>, which must be
    /// asked before the result is used.
    /// An identifier matches a gold one only when its bytes are the gold's (normal) spelling, so a file accepted here
    /// and matched there is one that <see cref="TryRead(ReadOnlySpan{byte}, TaskDefinition, Utf8Table, ScoringOptions)"/> accepts.
    /// </summary>
    public static ParsedSubmission? TryReadWithOwnIds(ReadOnlySpan<byte> file, TaskDefinition task, ScoringOptions options) =>
        TryRead(file, task, Utf8Table.Unindexed(Math.Max(16, file.Length / 64)), ownIds: true, options);

    private static ParsedSubmission? TryRead(ReadOnlySpan<byte> file, TaskDefinition task, Utf8Table ids, bool ownIds, ScoringOptions options)
    {
        if (file.StartsWith("\uFEFF"u8))
        {
            file = file[3..];
        }

        // No pass over the whole file to check its UTF-8: bytes outside strings are JSON syntax (ASCII, or the reader
        // throws), keys are compared with the task's, identifiers and labels are found in tables of valid text or
        // checked (an identifier of the file's own, an ICD prediction in ASCII), and anything else makes it give up.
        var first = file.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || file[first] != (byte)'[')
        {
            return null;
        }

        var builder = new ParsedSubmission.Builder(task, ids, ownIds ? Math.Max(16, file.Length / 64) : ids.Count);
        var seen = ownIds ? [] : new bool[ids.Count];
        var labelBits = new ulong[(task.LabelTable.Count + 63) / 64];
        var reader = new Utf8JsonReader(file, Options);
        var records = 0;
        var found = 0;
        try
        {
            reader.Read();
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    // Anything but white space after the array makes the reader throw.
                    return !reader.Read() && (ownIds || found == ids.Count) ? builder.Build() : null;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                builder.Begin(++records);
                var id = task is IcdTaskDefinition
                    ? ReadIcdRecord(ref reader, task, ids, ownIds, builder, labelBits, options)
                    : ReadCDrugRedRecord(ref reader, task, ids, ownIds, builder, labelBits);
                if (id < 0 || (!ownIds && seen[id]))
                {
                    return null;
                }

                if (!ownIds)
                {
                    seen[id] = true;
                }

                found++;
                builder.End(id);
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The identifier's number, or -1 to give up. The reader starts on StartObject and ends on EndObject.
    private static int ReadCDrugRedRecord(ref Utf8JsonReader reader, TaskDefinition task, Utf8Table ids, bool ownIds, ParsedSubmission.Builder builder, ulong[] labelBits)
    {
        var id = -1;
        var hasPrediction = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return -1;
            }

            if (reader.ValueTextEquals("ID"u8))
            {
                reader.Read();
                if (id >= 0 || (id = FindId(ref reader, ids, ownIds)) < 0)
                {
                    return -1;
                }
            }
            else if (reader.ValueTextEquals("prediction"u8))
            {
                reader.Read();
                if (hasPrediction || reader.TokenType != JsonTokenType.StartArray || !ReadDrugs(ref reader, task.LabelTable, builder, labelBits))
                {
                    return -1;
                }

                hasPrediction = true;
            }
            else
            {
                // An extra key is a warning: the rule-by-rule reader reports it.
                return -1;
            }
        }

        return hasPrediction ? id : -1;
    }

    private static bool ReadDrugs(ref Utf8JsonReader reader, Utf8Table labels, ParsedSubmission.Builder builder, ulong[] bits)
    {
        var ok = true;
        var added = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var label = reader.TokenType == JsonTokenType.String ? FindString(ref reader, labels) : -1;
            if (label < 0 || (bits[label >> 6] & (1UL << label)) != 0)
            {
                // Not a known drug as spelled, or repeated (a warning): leave it to the rule-by-rule reader.
                ok = false;
                break;
            }

            bits[label >> 6] |= 1UL << label;
            builder.AddLabel(label);
            added++;
        }

        ClearBits(builder, bits, added);
        return ok;
    }

    private static int ReadIcdRecord(ref Utf8JsonReader reader, TaskDefinition task, Utf8Table ids, bool ownIds, ParsedSubmission.Builder builder, ulong[] labelBits, ScoringOptions options)
    {
        var id = -1;
        var hasPrediction = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return -1;
            }

            if (reader.ValueTextEquals("病案标识"u8) || reader.ValueTextEquals("Record_ID"u8))
            {
                reader.Read();
                if (id >= 0 || (id = FindId(ref reader, ids, ownIds)) < 0)
                {
                    return -1;
                }
            }
            else if (reader.ValueTextEquals("预测结果"u8) || reader.ValueTextEquals("Prediction"u8))
            {
                reader.Read();
                if (hasPrediction || reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped
                    || !ReadCodes(reader.ValueSpan, task, builder, labelBits, options))
                {
                    return -1;
                }

                hasPrediction = true;
            }
            else
            {
                return -1;
            }
        }

        return hasPrediction ? id : -1;
    }

    // "[P|A;B;C]" in printable ASCII without spaces: NFKC and trimming change nothing, so the bytes are the codes.
    private static bool ReadCodes(ReadOnlySpan<byte> text, TaskDefinition task, ParsedSubmission.Builder builder, ulong[] bits, ScoringOptions options)
    {
        if (text.IndexOfAnyExceptInRange((byte)0x21, (byte)0x7E) >= 0)
        {
            return false;
        }

        if (text.Length >= 2 && text[0] == (byte)'[' && text[^1] == (byte)']')
        {
            text = text[1..^1];
        }

        var bar = text.IndexOf((byte)'|');
        if (bar < 0 || text[(bar + 1)..].Contains((byte)'|'))
        {
            return false;
        }

        var primaryText = text[..bar];
        var primary = primaryText.Contains((byte)';') ? -1 : task.PrimaryTable!.Find(primaryText);
        if (primary < 0)
        {
            return false;
        }

        builder.SetPrimary(primary);
        var rest = text[(bar + 1)..];
        var ok = true;
        var added = 0;
        while (true)
        {
            var cut = rest.IndexOf((byte)';');
            var code = task.LabelTable.Find(cut < 0 ? rest : rest[..cut]);
            if (code < 0 || (bits[code >> 6] & (1UL << code)) != 0)
            {
                ok = false;
                break;
            }

            bits[code >> 6] |= 1UL << code;
            builder.AddLabel(code);
            added++;
            if (cut < 0)
            {
                break;
            }

            rest = rest[(cut + 1)..];
        }

        ClearBits(builder, bits, added);
        return ok && (options.MaxAdditionalCodes is not { } max || added <= max);
    }

    // With the file's own list, every identifier is appended as it is spelled; a repeated one is caught when the list
    // is matched to the gold's (two records on one gold number), and the file is then read again the usual way.
    private static int FindId(ref Utf8JsonReader reader, Utf8Table ids, bool ownIds)
    {
        if (!ownIds)
        {
            return FindString(ref reader, ids);
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped)
        {
            return -1;
        }

        var id = reader.ValueSpan;
        return Utf8.IsValid(id) ? ids.Append(id) : -1;
    }

    private static int FindString(ref Utf8JsonReader reader, Utf8Table table) =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped ? table.Find(reader.ValueSpan) : -1;

    // The bits of the labels just added (the builder's last <paramref name="added"/>) back to zero for the next record.
    private static void ClearBits(ParsedSubmission.Builder builder, ulong[] bits, int added)
    {
        foreach (var label in builder.LastLabels(added))
        {
            bits[label >> 6] = 0;
        }
    }
}
