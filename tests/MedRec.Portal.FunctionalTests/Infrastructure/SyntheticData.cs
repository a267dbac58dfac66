using System.Text;

namespace MedRec.Portal.FunctionalTests.Infrastructure;

/// <summary>Tiny, made-up CDrugRed files (never the licensed data): three visits, four invented drugs.</summary>
public static class SyntheticData
{
    public static byte[] CandidateList { get; } = Utf8("[\"示例药物甲\", \"示例药物乙\", \"示例药物丙\", \"示例药物丁\"]");

    public static byte[] Inputs { get; } = Utf8(
        "{\"就诊标识\": \"V001\", \"患者序号\": 1, \"诊断\": \"示例诊断\"}\n"
        + "{\"就诊标识\": \"V002\", \"患者序号\": 2, \"诊断\": \"示例诊断\"}\n"
        + "{\"就诊标识\": \"V003\", \"患者序号\": 2, \"诊断\": \"示例诊断\"}\n");

    public static byte[] Gold { get; } = Utf8(
        "{\"就诊标识\": \"V001\", \"出院带药列表\": [\"示例药物甲\"]}\n"
        + "{\"就诊标识\": \"V002\", \"出院带药列表\": [\"示例药物乙\", \"示例药物丙\"]}\n"
        + "{\"就诊标识\": \"V003\", \"出院带药列表\": []}\n");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
