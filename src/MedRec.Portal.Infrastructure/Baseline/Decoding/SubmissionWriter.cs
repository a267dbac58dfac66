using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Infrastructure.Baseline.Decoding;

/// <summary>
/// Writes predictions in each task's official submission format (docs/scoring-rules.md), UTF-8 without BOM, so a
/// baseline's file is validated and scored like any team's.
/// </summary>
public static class SubmissionWriter
{
    // Chinese keys and drug names stay readable instead of \u escapes.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary><c>[{"ID": "…", "prediction": ["…", …]}, …]</c>.</summary>
    public static byte[] WriteCDrugRed(IEnumerable<CDrugRedBaselinePrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var prediction in predictions)
            {
                writer.WriteStartObject();
                writer.WriteString(CDrugRedFields.SubmissionId, prediction.Id);
                writer.WriteStartArray(CDrugRedFields.SubmissionPrediction);
                foreach (var drug in prediction.Drugs)
                {
                    writer.WriteStringValue(drug);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary><c>[{"病案标识": "…", "预测结果": "[primary|a;b]"}, …]</c>.</summary>
    public static byte[] WriteIcd(IEnumerable<IcdBaselinePrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var prediction in predictions)
            {
                writer.WriteStartObject();
                writer.WriteString(IcdFields.RecordId, prediction.Id);
                writer.WriteString(IcdFields.Prediction, FormatIcd(prediction));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>The <c>预测结果</c> string of one prediction: <c>[primary|additional1;additional2]</c>.</summary>
    public static string FormatIcd(IcdBaselinePrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return $"[{prediction.Primary}|{string.Join(';', prediction.Additional)}]";
    }
}
