using System.Text;

namespace MedRec.Portal.Tests.Shared.Portal;

/// <summary>Tiny made-up data files in the tasks' formats (never the licensed data).</summary>
public static class SyntheticFiles
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] CandidateList => Utf8("""["阿司匹林肠溶片", "阿托伐他汀钙片", "硝酸甘油片", "美托洛尔缓释片"]""");

    public static byte[] CDrugRedInputs => Utf8("""
        [
          {"就诊标识": "v1", "患者序号": "p1", "主诉": "胸闷三天"},
          {"就诊标识": "v2", "患者序号": "p2", "主诉": "头晕一周"},
        ]
        """);

    public static byte[] CDrugRedGold => Utf8("""
        {"就诊标识": "v1", "出院带药列表": ["阿司匹林肠溶片", "阿托伐他汀钙片"]}
        {"就诊标识": "v2", "出院带药列表": ["美托洛尔缓释片"]}
        """);

    public static byte[] IcdInputs => Utf8("""[{"病案标识": "r1", "主诉": "胸痛"}, {"病案标识": "r2", "主诉": "气促"}]""");

    public static byte[] IcdGold => Utf8("""
        [{"病案标识": "r1", "主要诊断编码": "I20.000", "其他诊断编码": "I10.x00x032;E11.900"},
         {"病案标识": "r2", "主要诊断编码": "I50.900x018", "其他诊断编码": "I48.x01"}]
        """);
}
