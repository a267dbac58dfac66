using System.Runtime.CompilerServices;
using System.Text.Json;
using MedRec.Portal.Scoring.Json;
using MedRec.Portal.Scoring.Text;

namespace MedRec.Portal.Scoring.Datasets;

/// <summary>
/// Reads an organiser's dataset file (task inputs or gold) record by record, streaming: a JSON array or JSON Lines,
/// UTF-8 with or without a byte-order mark, LF or CRLF line ends. Bare <c>NaN</c>, <c>Infinity</c> and
/// <c>-Infinity</c> outside strings read as null (the public copies of the official files contain them).
/// Identifiers are NFKC-normalised and trimmed; a record without one, or an identifier seen twice, stops the read with a
/// <see cref="DatasetFormatException"/> naming the record and line.
/// </summary>
public static class DatasetReader
{
    /// <summary>Reads the records of <paramref name="stream"/> one at a time (synchronous).</summary>
    /// <param name="stream">The file's bytes; read to the end, not disposed.</param>
    /// <param name="idKey">The key holding each record's identifier, e.g. <c>就诊标识</c> or <c>病案标识</c>.</param>
    /// <exception cref="DatasetFormatException">The file is not valid JSON or JSON Lines, or a record lacks or repeats its identifier.</exception>
    public static IEnumerable<DatasetRecord> Read(Stream stream, string idKey)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(idKey);
        return ReadIterator(stream, idKey);
    }

    /// <summary>Reads the records of <paramref name="stream"/> one at a time (asynchronous).</summary>
    /// <param name="stream">The file's bytes; read to the end, not disposed.</param>
    /// <param name="idKey">The key holding each record's identifier, e.g. <c>就诊标识</c> or <c>病案标识</c>.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async IAsyncEnumerable<DatasetRecord> ReadAsync(Stream stream, string idKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(idKey);
        var session = new Session(stream, idKey);
        while (true)
        {
            switch (session.Next(out var record))
            {
                case FrameStatus.Element:
                    yield return record!;
                    break;
                case FrameStatus.NeedMoreData:
                    await session.FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    yield break;
            }
        }
    }

    /// <summary>The identifiers of every record of <paramref name="stream"/> (e.g. a phase's input set), normalised.</summary>
    /// <inheritdoc cref="Read"/>
    public static IReadOnlySet<string> ReadIds(Stream stream, string idKey)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in Read(stream, idKey))
        {
            ids.Add(record.Id);
        }

        return ids;
    }

    private static IEnumerable<DatasetRecord> ReadIterator(Stream stream, string idKey)
    {
        var session = new Session(stream, idKey);
        while (true)
        {
            switch (session.Next(out var record))
            {
                case FrameStatus.Element:
                    yield return record!;
                    break;
                case FrameStatus.NeedMoreData:
                    session.Fill();
                    break;
                default:
                    yield break;
            }
        }
    }

    /// <summary>The state of one read: the framer plus the identifiers seen so far.</summary>
    private sealed class Session(Stream stream, string idKey)
    {
        private readonly JsonElementFramer _framer = new(new NonFiniteTokenRewritingStream(stream, leaveOpen: true), allowJsonLines: true, maxBytes: long.MaxValue);
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public FrameStatus Next(out DatasetRecord? record)
        {
            record = null;
            try
            {
                var status = _framer.TryNext(out var frame);
                if (status == FrameStatus.Element)
                {
                    record = Build(frame);
                }

                return status;
            }
            catch (JsonInputException exception)
            {
                throw Wrap(exception);
            }
        }

        public void Fill()
        {
            try
            {
                _framer.Fill();
            }
            catch (JsonInputException exception)
            {
                throw Wrap(exception);
            }
        }

        public async ValueTask FillAsync(CancellationToken cancellationToken)
        {
            try
            {
                await _framer.FillAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonInputException exception)
            {
                throw Wrap(exception);
            }
        }

        private static DatasetFormatException Wrap(JsonInputException exception) =>
            new(
                exception.Location is { } at ? $"The dataset file cannot be read at {at}: {exception.Message}" : $"The dataset file cannot be read: {exception.Message}",
                null,
                exception.Location?.Line,
                exception.Location?.Column);

        private DatasetRecord Build(ElementFrame frame)
        {
            var line = _framer.Locate(frame.Offset).Line;
            var reader = new Utf8JsonReader(frame.Span, JsonElementFramer.ElementOptions);
            reader.Read();
            var value = JsonElement.ParseValue(ref reader);
            var where = $"Record {frame.Number} (line {line})";

            if (value.ValueKind != JsonValueKind.Object)
            {
                throw new DatasetFormatException($"{where} is {DatasetRecord.Describe(value.ValueKind)}, not a JSON object.", frame.Number, line, null);
            }

            if (!value.TryGetProperty(idKey, out var idValue) || idValue.ValueKind is JsonValueKind.Null)
            {
                throw new DatasetFormatException($"{where} has no \"{idKey}\" identifier. Every record needs one.", frame.Number, line, null);
            }

            var id = idValue.ValueKind switch
            {
                JsonValueKind.String => TextNormalizer.Normalize(idValue.GetString()!),
                JsonValueKind.Number => idValue.GetRawText(),
                _ => throw new DatasetFormatException(
                    $"{where}: the identifier \"{idKey}\" must be a string, but it is {DatasetRecord.Describe(idValue.ValueKind)}.", frame.Number, line, null),
            };

            if (id.Length == 0)
            {
                throw new DatasetFormatException($"{where}: the identifier \"{idKey}\" is empty.", frame.Number, line, null);
            }

            if (!_seen.TryAdd(id, frame.Number))
            {
                throw new DatasetFormatException(
                    $"{where}: the identifier \"{id}\" occurs twice (first in record {_seen[id]}). Identifiers must be unique within a file.", frame.Number, line, null);
            }

            return new DatasetRecord(frame.Number, line, id, value);
        }
    }
}
