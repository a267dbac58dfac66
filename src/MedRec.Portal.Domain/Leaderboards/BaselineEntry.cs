using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Datasets;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>
/// An organiser's reference predictions for a phase, validated and scored like a team's file and shown on the
/// board with a badge and no rank. It belongs to no team, so it never touches a quota or a team's list. The
/// compressed file is kept for re-scoring. Withdrawn baselines stay stored but leave the board.
/// </summary>
public sealed class BaselineEntry
{
    public const int MaxNameLength = 80;

    private BaselineEntry()
    {
    }

    public BaselineEntry(Guid id, Guid taskId, Guid phaseId, string name, StoredFileFacts file, byte[] compressedContent, double primaryScore, string metricsJson, string scorerVersion, Guid uploadedBy, DateTime uploadedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (CheckName(name) is { } error)
        {
            throw new DomainRuleException(error);
        }

        Id = id;
        TaskId = taskId;
        PhaseId = phaseId;
        Name = name.Trim();
        OriginalFileName = file.OriginalFileName;
        Sha256 = file.Sha256;
        ByteCount = file.ByteCount;
        RecordCount = file.RecordCount;
        CompressedContent = compressedContent;
        PrimaryScore = primaryScore;
        MetricsJson = metricsJson;
        ScorerVersion = scorerVersion;
        UploadedByUserId = uploadedBy;
        UploadedAt = Instants.RequireUtc(uploadedAtUtc, nameof(uploadedAtUtc));
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid PhaseId { get; private set; }

    /// <summary>The label shown on the board, e.g. "Baseline (BERT)".</summary>
    public string Name { get; private set; } = "";

    public string OriginalFileName { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public long ByteCount { get; private set; }

    public int RecordCount { get; private set; }

    public byte[] CompressedContent { get; private set; } = [];

    public double PrimaryScore { get; private set; }

    public string MetricsJson { get; private set; } = "";

    public string ScorerVersion { get; private set; } = "";

    public Guid UploadedByUserId { get; private set; }

    public DateTime UploadedAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public static Error? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength
            ? BoardRuleErrors.BaselineLabelLength.ForField("Name", MaxNameLength)
            : null;

    public void Withdraw(DateTime nowUtc) => WithdrawnAt ??= Instants.RequireUtc(nowUtc, nameof(nowUtc));

    public void Restore() => WithdrawnAt = null;
}
