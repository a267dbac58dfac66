using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Application.Features.Tasks;

/// <summary>
/// The official texts of the two launch tasks in both UI languages: description, rules and the evaluation
/// page (the portal's scoring rules, formulas included, from docs/scoring-rules.md). Organisers start from these when
/// creating a task and the demo seed uses them.
/// </summary>
public static class StandardTaskTexts
{
    public static TaskTexts For(TaskKind kind) => kind switch
    {
        TaskKind.CDrugRed => CDrugRed,
        TaskKind.Icd => Icd,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private const string CommonRulesZh = """
        - 提交文件为 UTF-8 编码（可带 BOM）的一个 JSON 数组，允许结尾多余逗号；不允许注释、`NaN` 或数组后的其他内容，语法错误会报告行号和列号。
        - 标识与标签先做 Unicode NFKC 规范化并去除首尾空白；标识重复、缺失或不在本阶段输入集中均为错误。
        - 标签不在任务标签表中为错误；空字符串和同一记录内重复的标签会被忽略并给出警告。
        - 含任何错误的文件被拒绝：不评分，也不占用队伍的提交次数。错误最多列出 50 条并给出总数。
        """;

    private const string CommonRulesEn = """
        - A submission is one JSON array in UTF-8 (a byte-order mark is fine); trailing commas are tolerated; comments, `NaN` and anything after the closing bracket are errors, reported with line and column.
        - Identifiers and labels are NFKC-normalised and trimmed; a duplicated, missing, or unknown identifier is an error.
        - A label outside the task's label list is an error; empty strings and labels repeated within a record are dropped with a warning.
        - A file with any error is rejected: it is not scored and does not use the team's quota. Up to 50 errors are listed with the total count.
        """;

    private const string RankingZh = """
        **排名**：按主指标降序；差值小于 1e-12 视为并列，依次比较下一指标，再按提交时间先后。每队在榜单上的代表提交（最佳 / 最新 / 自选）由阶段设置决定。基线以徽标显示，不占名次。
        """;

    private const string RankingEn = """
        **Ranking**: primary metric descending; differences below 1e-12 are ties, broken by the next metric and then by the earlier submission. Which submission represents a team (best / latest / selected) is a phase setting. Baselines are shown with a badge and take no rank.
        """;

    public static TaskTexts CDrugRed { get; } = new(
        TitleZh: "CDrugRed 出院带药推荐（CHIP 2025 评测任务二）",
        TitleEn: "CDrugRed: discharge medication recommendation (CHIP 2025 shared task 2)",
        DescriptionZh: """
            根据一次住院就诊的电子病历（主诉、现病史、既往史、检查、诊断、住院用药等），从候选药物表（官方数据为 651 种）中推荐该次就诊的出院带药集合。
            """,
        DescriptionEn: """
            Given the electronic health record of one inpatient visit (complaint, history, examinations, diagnoses, in-hospital medication), recommend the set of discharge medications out of the candidate drug list (651 drugs in the official data).
            """,
        RulesZh: $"""
            提交格式：`[{"{"}"ID": "<就诊标识>", "prediction": ["<药品>", ...]{"}"}, ...]`。`prediction` 可以为空列表。

            {CommonRulesZh}
            """,
        RulesEn: $"""
            Format: `[{"{"}"ID": "<visit id>", "prediction": ["<drug>", ...]{"}"}, ...]`. An empty `prediction` list is valid.

            {CommonRulesEn}
            """,
        EvaluationZh: $"""
            对每次就诊 i，记标准答案集合为 G、预测集合为 P：

            - Jaccard_i = |G∩P| / |G∪P|
            - Precision_i = |G∩P| / |P|，Recall_i = |G∩P| / |G|
            - F1_i = 2·Precision_i·Recall_i / (Precision_i + Recall_i)
            - 分母为 0 的比值记为 0；G 与 P 均为空时四项均为 1。

            Jaccard、F1、Precision、Recall 为所有就诊的平均值（样本平均）。**Score = (Jaccard + F1) / 2** 决定排名，其余指标并列显示。并列时依次比较 F1、Jaccard。

            {RankingZh}
            """,
        EvaluationEn: $"""
            For each visit i with gold set G and predicted set P:

            - Jaccard_i = |G∩P| / |G∪P|
            - Precision_i = |G∩P| / |P|, Recall_i = |G∩P| / |G|
            - F1_i = 2·Precision_i·Recall_i / (Precision_i + Recall_i)
            - a ratio whose denominator is 0 is 0, except that G and P both empty gives 1 for all four.

            Jaccard, F1, Precision and Recall are means over all visits of the phase (sample-averaged). **Score = (Jaccard + F1) / 2** ranks the leaderboard; the others are shown beside it. Ties are broken by F1, then Jaccard.

            {RankingEn}
            """);

    public static TaskTexts Icd { get; } = new(
        TitleZh: "中文电子病历 ICD 诊断编码（CCL 2025）",
        TitleEn: "Chinese EMR ICD coding (CCL 2025)",
        DescriptionZh: """
            根据一份病案的电子病历文本，预测一个主要诊断编码（5 个可选）和一个或多个其他诊断编码（53 个可选）。
            """,
        DescriptionEn: """
            From the text of one medical record, predict one primary ICD-10 diagnosis code (5 possible) and one or more additional diagnosis codes (53 possible).
            """,
        RulesZh: $"""
            提交格式：`[{"{"}"病案标识": "<id>", "预测结果": "[<主要编码>|<其他编码1>;<其他编码2>;...]"{"}"}, ...]`，也接受英文键名 `Record_ID` / `Prediction`（同一记录不可混用）。
            `预测结果` 经 NFKC（全角 `｜`、`；` 变为半角）、去空白、去掉一对外层方括号后，以 `|` 分隔（必须恰好一个）：左侧为主要编码，右侧以 `;` 分隔为其他编码，至少一个。

            {CommonRulesZh}
            """,
        RulesEn: $"""
            Format: `[{"{"}"病案标识": "<id>", "预测结果": "[<primary>|<additional1>;<additional2>;...]"{"}"}, ...]`; the English keys `Record_ID` / `Prediction` are accepted too (not mixed within a record).
            `预测结果` is NFKC-normalised (full-width `｜` and `；` become `|` and `;`), trimmed, stripped of one pair of outer brackets, and split on exactly one `|`: the primary code on the left, one or more additional codes separated by `;` on the right.

            {CommonRulesEn}
            """,
        EvaluationZh: $"""
            对每份病案 i：main_i = 主要编码与标准答案一致时为 1，否则为 0；other_i = |G_other ∩ P_other| / |G_other|（两者均为空时为 1，仅 G_other 为空时为 0）。

            **Acc = 所有病案 (0.5·main_i + 0.5·other_i) 的平均值** 决定排名；并列时比较主要诊断准确率。同时显示主要诊断准确率、其他诊断召回率、其他诊断精确率与 F1（按病案平均）。官方公式不含精确率，预测全部其他编码也能得高分；精确率一栏供组织者查看，阶段设置 `MaxAdditionalCodes` 限制每份病案的其他编码数量（新建的 ICD 阶段默认为 7，即官方数据中金标准的最大数量；组织者可清空它以采用字面的官方规则），超出的病案被拒绝。

            {RankingZh}
            """,
        EvaluationEn: $"""
            For each record i: main_i = 1 if the primary code equals the gold primary code, else 0; other_i = |G_other ∩ P_other| / |G_other| (1 if both are empty, 0 if only G_other is empty).

            **Acc = mean over records of (0.5·main_i + 0.5·other_i)** ranks the leaderboard; ties are broken by main accuracy. Shown beside it: main accuracy, other recall, other precision and other F1 (per record, averaged). The official formula has no precision term, so predicting every additional code scores well; the precision column lets organisers see it, and the phase setting `MaxAdditionalCodes` (a new ICD phase starts with 7, the largest gold count of the official data; organisers may clear it for the literal official rule) rejects records with more additional codes than allowed.

            {RankingEn}
            """);
}
