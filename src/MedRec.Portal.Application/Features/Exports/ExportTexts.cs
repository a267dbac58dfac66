namespace MedRec.Portal.Application.Features.Exports;

/// <summary>
/// The words of an export file (sheet titles and column headers) in its language. Kept here rather than in the
/// web host's resources because the file is built by the use case, also for callers without a UI (the CLI).
/// </summary>
public sealed class ExportTexts
{
    private readonly bool _zh;

    private ExportTexts(bool zh) => _zh = zh;

    public static ExportTexts English { get; } = new(zh: false);

    public static ExportTexts Chinese { get; } = new(zh: true);

    /// <summary>Chinese for <c>zh</c> cultures (zh-CN, zh-Hans…), English otherwise.</summary>
    public static ExportTexts For(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public string Language => _zh ? "zh-CN" : "en";

    public string Yes => T("是", "yes");

    public string No => T("否", "no");

    // Sheets.
    public string AboutSheet => T("说明", "About");

    public string LiveBoardSheet(string phaseCode) => T($"{phaseCode} 实时榜", $"{phaseCode} live board");

    public string SnapshotSheet(string phaseCode) => T($"{phaseCode} 最新快照", $"{phaseCode} latest snapshot");

    public string SubmissionsSheet => T("提交记录", "Submissions");

    public string QuotaSheet => T("配额记录", "Quota ledger");

    public string AuditSheet => T("审计日志", "Audit log");

    // About sheet.
    public string Field => T("项目", "Field");

    public string Value => T("内容", "Value");

    public string Task => T("任务", "Task");

    public string TaskSlug => T("任务标识", "Task slug");

    public string ExportedAt => T("导出时间 (UTC)", "Exported at (UTC)");

    public string ExportedBy => T("导出人", "Exported by");

    public string Contents => T("包含", "Contents");

    public string ContentsText => T(
        "每个阶段的实时榜与最新快照、全部提交记录、配额记录与审计日志。不含任何标准答案（gold）。",
        "Each phase's live board and latest snapshot, every submission, the quota ledger and the audit log. No gold labels.");

    public string SnapshotOf(string phaseCode) => T($"{phaseCode} 最新快照", $"{phaseCode} latest snapshot");

    public string SnapshotDescription(string kind, DateTime asOf, DateTime takenAt) => T(
        $"{kind}，截至 {asOf:yyyy-MM-dd HH:mm:ss} UTC，生成于 {takenAt:yyyy-MM-dd HH:mm:ss} UTC",
        $"{kind}, as of {asOf:yyyy-MM-dd HH:mm:ss} UTC, taken {takenAt:yyyy-MM-dd HH:mm:ss} UTC");

    public string NoSnapshot => T("无", "none");

    // Boards.
    public string Rank => T("排名", "Rank");

    public string Team => T("队伍", "Team");

    public string SubmissionCount => T("提交次数", "Submissions");

    public string SubmittedAtUtc => T("提交时间 (UTC)", "Submitted at (UTC)");

    public string Baseline => T("基线", "Baseline");

    public string Overridden => T("分数已调整", "Score overridden");

    // Submissions.
    public string Phase => T("阶段", "Phase");

    public string SubmissionId => T("提交编号", "Submission id");

    public string User => T("提交人", "Submitted by");

    public string Email => T("邮箱", "Email");

    public string PhaseTime => T("提交时间 (阶段时区)", "Submitted at (phase zone)");

    public string Zone => T("时区", "Time zone");

    public string QuotaDay => T("配额日", "Quota day");

    public string Status => T("状态", "Status");

    public string Counted => T("计入配额", "Counted");

    public string CountingNote => T("配额说明", "Quota note");

    public string ScoredAtUtc => T("评分时间 (UTC)", "Scored at (UTC)");

    public string FileName => T("文件名", "File name");

    public string Sha256 => "SHA-256";

    public string Description => T("说明", "Description");

    public string FailureReason => T("失败原因", "Failure reason");

    public string SelectedForFinal => T("选为最终提交", "Selected for final");

    // Quota ledger.
    public string OccurredAtUtc => T("时间 (UTC)", "Time (UTC)");

    public string OccurredAtPhase => T("时间 (阶段时区)", "Time (phase zone)");

    public string Kind => T("类型", "Kind");

    public string ExtraAttempts => T("追加次数", "Extra attempts");

    public string Reason => T("原因", "Reason");

    public string Actor => T("操作人", "By");

    // Audit log.
    public string Action => T("操作", "Action");

    public string EntityType => T("对象类型", "Entity type");

    public string EntityId => T("对象编号", "Entity id");

    public string Before => T("之前 (JSON)", "Before (JSON)");

    public string After => T("之后 (JSON)", "After (JSON)");

    public string System => T("系统", "system");

    /// <summary>A submission's status in words.</summary>
    public string StatusName(Domain.Submissions.SubmissionStatus status) => status switch
    {
        Domain.Submissions.SubmissionStatus.Queued => T("排队中", "queued"),
        Domain.Submissions.SubmissionStatus.Scoring => T("评分中", "scoring"),
        Domain.Submissions.SubmissionStatus.Scored => T("已评分", "scored"),
        Domain.Submissions.SubmissionStatus.Failed => T("评分失败", "failed"),
        Domain.Submissions.SubmissionStatus.Rejected => T("格式不符", "rejected"),
        _ => status.ToString(),
    };

    /// <summary>A snapshot's kind in words (the notes sheet once said "Freeze" in a Chinese workbook).</summary>
    public string SnapshotKindName(Domain.Leaderboards.SnapshotKind kind) => kind switch
    {
        Domain.Leaderboards.SnapshotKind.Freeze => T("冻结快照", "Freeze"),
        Domain.Leaderboards.SnapshotKind.Hourly => T("整点快照", "Hourly"),
        Domain.Leaderboards.SnapshotKind.Manual => T("手动快照", "Manual"),
        _ => kind.ToString(),
    };

    /// <summary>A quota ledger entry's kind in words.</summary>
    public string LedgerKindName(Domain.Submissions.QuotaLedgerKind kind) => kind switch
    {
        Domain.Submissions.QuotaLedgerKind.Counted => T("计入", "counted"),
        Domain.Submissions.QuotaLedgerKind.NotCounted => T("不计入", "not counted"),
        Domain.Submissions.QuotaLedgerKind.Grant => T("追加", "grant"),
        Domain.Submissions.QuotaLedgerKind.Refund => T("退还", "refund"),
        _ => kind.ToString(),
    };

    private string T(string zh, string en) => _zh ? zh : en;
}
