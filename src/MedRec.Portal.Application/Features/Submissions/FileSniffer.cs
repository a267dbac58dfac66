using System.Text;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Submissions;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Application.Features.Submissions;

/// <summary>
/// Recognises uploads that are not a JSON prediction file at all (archives, spreadsheets, PDFs) from their first
/// bytes, and files in the other task's format, so the message says what the file is instead of a syntax error.
/// </summary>
public static class FileSniffer
{
    private static readonly (byte[] Magic, string What)[] Signatures =
    [
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (or an Excel/Word file, which are zip archives)"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty zip archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0x52, 0x61, 0x72, 0x21, 0x1A, 0x07], "a RAR archive"),
        ([0x42, 0x5A, 0x68], "a bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document (.xls/.doc)"),
    ];

    /// <summary>The hint for a CDrugRed phase given an ICD file (the keys are placeholders; braces are doubled for the formatter).</summary>
    public static readonly NoteMessage IcdFileInCDrugRedPhase = new(
        "report.hint.icd-file-in-cdrugred-phase",
        "This looks like an ICD coding file (it uses \"{0}\"/\"{1}\"), but this phase belongs to CDrugRed, whose rows are {{\"{2}\": \"<visit id>\", \"{3}\": [\"<drug>\", ...]}}. Did you pick the wrong task?");

    /// <summary>The hint for an ICD phase given a CDrugRed file.</summary>
    public static readonly NoteMessage CDrugRedFileInIcdPhase = new(
        "report.hint.cdrugred-file-in-icd-phase",
        "This looks like a CDrugRed file (it uses \"{0}\"/\"{1}\"), but this phase belongs to ICD coding, whose rows are {{\"{2}\": \"<record id>\", \"{3}\": \"[<primary>|<additional>;...]\"}}. Did you pick the wrong task?");

    /// <summary>What the file is when it is clearly not JSON text, or null.</summary>
    public static string? DescribeNonJson(ReadOnlySpan<byte> content)
    {
        foreach (var (magic, what) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return what;
            }
        }

        return null;
    }

    /// <summary>Whether the file holds nothing but white space (and perhaps a byte-order mark).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> content)
    {
        var body = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A plain-words hint when a rejected file uses the other task's keys (ICD keys in a CDrugRed phase, or the
    /// reverse); null when it does not look like that.
    /// </summary>
    public static Note? OtherTaskHint(TaskKind phaseKind, ReadOnlySpan<byte> content, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Errors.Any(e => e.Code is IssueCodes.MissingKey or IssueCodes.WrongType))
        {
            return null;
        }

        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 64 * 1024)]);
        bool Has(string key) => head.Contains($"\"{key}\"", StringComparison.Ordinal);
        if (phaseKind == TaskKind.CDrugRed && (Has(IcdFields.RecordId) || Has(IcdFields.Prediction) || Has(IcdFields.RecordIdAlias)))
        {
            return IcdFileInCDrugRedPhase.With(IcdFields.RecordId, IcdFields.Prediction, CDrugRedFields.SubmissionId, CDrugRedFields.SubmissionPrediction);
        }

        if (phaseKind == TaskKind.Icd && (Has(CDrugRedFields.SubmissionPrediction) || Has(CDrugRedFields.VisitId)))
        {
            return CDrugRedFileInIcdPhase.With(CDrugRedFields.SubmissionId, CDrugRedFields.SubmissionPrediction, IcdFields.RecordId, IcdFields.Prediction);
        }

        return null;
    }
}
