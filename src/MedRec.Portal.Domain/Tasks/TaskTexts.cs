namespace MedRec.Portal.Domain.Tasks;

/// <summary>The texts of a task in both UI languages (zh-CN and en). Markdown is allowed in all but the titles.</summary>
public sealed record TaskTexts(
    string TitleZh,
    string TitleEn,
    string DescriptionZh = "",
    string DescriptionEn = "",
    string RulesZh = "",
    string RulesEn = "",
    string EvaluationZh = "",
    string EvaluationEn = "");
