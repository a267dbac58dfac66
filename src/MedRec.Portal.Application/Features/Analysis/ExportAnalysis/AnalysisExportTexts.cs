namespace MedRec.Portal.Application.Features.Analysis.ExportAnalysis;

/// <summary>The words of the Analysis workbook in its language (Chinese for zh cultures, English otherwise).</summary>
internal sealed class AnalysisExportTexts(bool zh)
{
    public static AnalysisExportTexts For(string? language) =>
        new(language is not null && language.StartsWith("zh", StringComparison.OrdinalIgnoreCase));

    public string Language => zh ? "zh-CN" : "en";

    public string Yes => T("是", "yes");

    public string No => T("否", "no");

    public string AboutSheet => T("说明", "About");

    public string EntriesSheet => T("参赛结果与置信区间", "Entries");

    public string PairsSheet => T("成对检验", "Pairs");

    public string PooledSheet => T("标签 · 全体汇总", "Labels pooled");

    public string EntryLabelsSheet(string team) => T($"标签 · {team}", $"Labels {team}");

    public string Field => T("项目", "Field");

    public string Value => T("内容", "Value");

    public string Phase => T("阶段", "Phase");

    public string SnapshotAsOf => T("榜单快照截至 (UTC)", "Board snapshot as of (UTC)");

    public string Records => T("记录数", "Records");

    public string Metric => T("指标", "Metric");

    public string Resamples => T("Bootstrap 重抽样次数", "Bootstrap resamples");

    public string Seed => T("随机种子", "Seed");

    public string Method => T("方法", "Method");

    public string MethodText(double alpha) => T(
        $"95% 百分位 bootstrap 置信区间（按记录重抽样，各队使用相同的重抽样）；成对 bootstrap 双侧检验；相邻名次 p ≥ {alpha} 的队伍归入同一显著性分组（docs/analysis.md）。",
        $"95% percentile bootstrap intervals (records resampled, the same resamples for every entry); two-sided paired bootstrap tests; consecutive entries with p ≥ {alpha} share a significance band (docs/analysis.md).");

    public string Rank => T("排名", "Rank");

    public string Team => T("队伍", "Team");

    public string Score => T("分数", "Score");

    public string CiLow => T("95% 区间下限", "95% CI low");

    public string CiHigh => T("95% 区间上限", "95% CI high");

    public string Band => T("显著性分组", "Band");

    public string TeamA => T("队伍 A", "Team A");

    public string TeamB => T("队伍 B", "Team B");

    public string Adjacent => T("相邻名次", "Adjacent ranks");

    public string Difference => T("差值 (A − B)", "Difference (A − B)");

    public string PValue => T("p 值", "p-value");

    public string Significant => T("显著 (p < 0.05)", "Significant (p < 0.05)");

    public string Label => T("标签", "Label");

    public string Kind => T("类型", "Kind");

    public string Support => T("金标出现次数", "Support");

    public string Predicted => T("预测次数", "Predicted");

    public string TruePositives => T("正确次数", "True positives");

    public string Precision => T("精确率", "Precision");

    public string Recall => T("召回率", "Recall");

    public string F1 => "F1";

    public string KindName(string kind) => kind switch
    {
        "drug" => T("药物", "drug"),
        "primary" => T("主诊断", "primary"),
        "additional" => T("其他诊断", "additional"),
        _ => kind,
    };

    private string T(string chinese, string english) => zh ? chinese : english;
}
