using MedRec.Portal.Domain.Terms;

namespace MedRec.Portal.Application.Features.Terms;

/// <summary>
/// The data-use terms every new task starts with (version 1), so no task is ever open without terms to
/// accept. Organisers replace them with their licence on the task's editor page, which publishes a new version.
/// </summary>
public static class StandardTerms
{
    public const string Zh = """
        ## 数据使用条款

        1. 本任务数据来自真实临床记录，已做去标识化处理，仅授权用于本次评测及与之相关的学术研究。
        2. 不得将数据（包括其任何部分或派生的记录级内容）再分发、公开或提供给队伍以外的任何人。
        3. 不得尝试重新识别患者、医务人员或医疗机构。
        4. 评测结束后，除组织者另行书面许可外，应删除所有数据副本。
        5. 发表基于本数据的成果时，须注明数据来源并引用任务说明。

        违反条款的队伍将被取消资格，组织者可依法追究责任。
        """;

    public const string En = """
        ## Data-use terms

        1. The task data comes from real, de-identified clinical records and is licensed for this evaluation and the academic research around it only.
        2. Do not redistribute, publish or give the data (or any part of it, or record-level content derived from it) to anyone outside your team.
        3. Do not try to re-identify patients, clinicians or hospitals.
        4. Delete every copy of the data when the evaluation ends, unless the organisers allow otherwise in writing.
        5. Work published with this data names its source and cites the task description.

        Teams that break these terms are disqualified, and the organisers may take legal action.
        """;

    /// <summary>
    /// Version 1 of a new task's terms: these standard texts, published by whoever created the task (in the console
    /// or by importing a bundle), so members have terms to read and accept from the start.
    /// </summary>
    public static TermsVersion FirstVersion(Guid taskId, Guid publishedByUserId, DateTime nowUtc) =>
        new(Guid.CreateVersion7(), taskId, 1, Zh, En, publishedByUserId, nowUtc);
}
