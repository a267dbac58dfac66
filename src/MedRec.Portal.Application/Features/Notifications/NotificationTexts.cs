using System.Globalization;
using System.Net;
using MedRec.Portal.Domain.Common;
using MedRec.Portal.Domain.Notifications;

namespace MedRec.Portal.Application.Features.Notifications;

/// <summary>What a notification mail says, written for one recipient.</summary>
public sealed record NotificationContent(string Subject, string Text, string? Html = null);

/// <summary>
/// The words of notification mails in one language. Kept here rather than in the web host's resources because the
/// mails are written by use cases and background jobs, also without a UI request (the CLI, the reminder job), and
/// each in its recipient's language, not the current request's.
/// </summary>
public sealed class NotificationTexts
{
    private readonly bool _zh;

    private NotificationTexts(bool zh) => _zh = zh;

    public static NotificationTexts English { get; } = new(zh: false);

    public static NotificationTexts Chinese { get; } = new(zh: true);

    /// <summary>Chinese for <c>zh</c> cultures, English otherwise.</summary>
    public static NotificationTexts For(string? language) =>
        language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    public string Culture => _zh ? "zh-CN" : "en";

    public bool IsChinese => _zh;

    /// <summary>The one of two texts in this language (task titles, phase names).</summary>
    public string Pick(string zh, string en) => _zh ? zh : en;

    /// <summary>A phase's name in this language; its code where it has no name.</summary>
    public string PhaseName(string zh, string en, string code) => Pick(zh, en) is { Length: > 0 } name && !string.IsNullOrWhiteSpace(name) ? name : code;

    public string KindName(NotificationKind kind) => kind switch
    {
        NotificationKind.Announcement => T("任务公告", "Task announcements"),
        NotificationKind.RegistrationDecided => T("报名审核结果", "Registration approved or denied"),
        NotificationKind.SubmissionFailed => T("提交评分失败", "A submission failed to score"),
        NotificationKind.BoardStatusChanged => T("排行榜冻结或公布", "Board frozen or released"),
        NotificationKind.PhaseOpeningSoon => T("阶段即将开始", "A phase opens soon"),
        NotificationKind.PhaseClosingSoon => T("阶段即将结束", "A phase closes soon"),
        NotificationKind.TeamInvitation => T("队伍邀请", "Team invitations"),
        _ => kind.ToString(),
    };

    public NotificationContent RegistrationApproved(string task, string team) => Plain(
        T($"报名已通过：{task}", $"Registration approved: {task}"),
        T($"队伍“{team}”报名参加“{task}”已获组织者批准，现在可以提交结果。", $"The registration of team \"{team}\" for \"{task}\" was approved by the organisers. You can submit now."));

    public NotificationContent RegistrationDenied(string task, string team, string reason) => Plain(
        T($"报名未通过：{task}", $"Registration denied: {task}"),
        T($"队伍“{team}”报名参加“{task}”未获批准。原因：{reason}", $"The registration of team \"{team}\" for \"{task}\" was denied. Reason: {reason}"));

    public NotificationContent SubmissionFailed(string task, string phase, string file, Note reason)
    {
        var why = Reason(reason);
        return Plain(
            T($"提交评分失败：{task}", $"Submission failed to score: {task}"),
            T($"您在“{task}”的阶段“{phase}”提交的文件“{file}”未能评分。原因：{why}", $"Your file \"{file}\" for \"{task}\", phase \"{phase}\", could not be scored. Reason: {why}"));
    }

    /// <summary>
    /// Why scoring failed, in this language. The scoring worker may run without the web project (medrec worker), so
    /// the Chinese of the scoring-failure notes is here; a web test keeps it equal to the pages' resource text.
    /// A note without a Chinese text here (free text) stays in English.
    /// </summary>
    public string Reason(Note reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return _zh && reason.MessageId is { } id && ScoringFailuresZh.TryGetValue(id, out var template)
            ? string.Format(CultureInfo.InvariantCulture, template, [.. reason.Arguments])
            : reason.English;
    }

    /// <summary>The Chinese of the notes a scoring failure can carry (<see cref="Submissions.SubmissionNotes"/>).</summary>
    public static IReadOnlyDictionary<string, string> ScoringFailuresZh { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Submissions.SubmissionNotes.ScoringGoldMismatch.Id] = "文件与本阶段的输入集相符，但无法依据本阶段的标准答案评分。已通知组织者；本次机会已退还。",
        [Submissions.SubmissionNotes.ScoringInternalError.Id] = "评分因内部错误中断。已通知组织者；本次机会已退还。",
        [Submissions.SubmissionNotes.ScoringNoGold.Id] = "组织者尚未上传本阶段的标准答案，暂时无法评分。本次机会已退还；组织者之后可以重新评分。",
        [Submissions.SubmissionNotes.ScoringInterrupted.Id] = "评分被中断了 {0} 次，未能完成。已通知组织者；本次机会已退还。",
    };

    public NotificationContent BoardFrozen(string task, string phase) => Plain(
        T($"排行榜已冻结：{task}", $"Board frozen: {task}"),
        T($"“{task}”阶段“{phase}”的排行榜已冻结：新的得分暂不显示，直到组织者公布。", $"The board of \"{task}\", phase \"{phase}\", is frozen: new scores stay hidden until the organisers release it."));

    public NotificationContent BoardReleased(string task, string phase) => Plain(
        T($"排行榜已公布：{task}", $"Board released: {task}"),
        T($"“{task}”阶段“{phase}”的排行榜已公布，可以查看最新排名。", $"The board of \"{task}\", phase \"{phase}\", has been released: the current ranking is visible."));

    public NotificationContent PhaseOpening(string task, string phase, string when) => Plain(
        T($"阶段即将开始：{task} {phase}", $"Phase opens soon: {task} {phase}"),
        T($"“{task}”的阶段“{phase}”将于 {when} 开始接收提交。", $"Phase \"{phase}\" of \"{task}\" opens for submissions at {when}."));

    public NotificationContent PhaseClosing(string task, string phase, string when) => Plain(
        T($"阶段即将结束：{task} {phase}", $"Phase closes soon: {task} {phase}"),
        T($"“{task}”的阶段“{phase}”将于 {when} 截止提交。", $"Phase \"{phase}\" of \"{task}\" stops accepting submissions at {when}."));

    public NotificationContent TeamInvitation(string inviter, string team, string task, string code, DateTime expiresAtUtc) => Plain(
        T($"邀请您加入队伍“{team}”", $"Invitation to join team \"{team}\""),
        T($"{inviter} 邀请您加入“{task}”的队伍“{team}”。在“队伍”页面输入邀请码 {code} 即可加入（有效期至 {Utc(expiresAtUtc)}）。",
          $"{inviter} invites you to join team \"{team}\" for \"{task}\". Enter the invitation code {code} on the Teams page to join (valid until {Utc(expiresAtUtc)})."));

    /// <summary>An announcement: its Markdown as the text part, the sanitised HTML as the HTML part.</summary>
    public NotificationContent Announcement(string task, string title, string markdown, string safeHtml) => new(
        T($"[{task}] {title}", $"[{task}] {title}"),
        markdown + Footer(),
        $"<h2>{WebUtility.HtmlEncode(title)}</h2>{safeHtml}<hr><p><small>{WebUtility.HtmlEncode(FooterText())}</small></p>");

    /// <summary>An instant in a phase's time zone, with the zone named.</summary>
    public static string InZone(DateTime utc, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return $"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({timeZoneId})";
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private NotificationContent Plain(string subject, string text) => new(
        subject,
        text + Footer(),
        $"<p>{WebUtility.HtmlEncode(text)}</p><hr><p><small>{WebUtility.HtmlEncode(FooterText())}</small></p>");

    private string Footer() => "\n\n-- \n" + FooterText();

    private string FooterText() => T(
        "MedRec 竞赛平台。可在“个人设置”中按类别退订这些邮件。",
        "MedRec Portal. You can turn off each kind of these e-mails in your profile settings.");

    private string T(string zh, string en) => _zh ? zh : en;
}
