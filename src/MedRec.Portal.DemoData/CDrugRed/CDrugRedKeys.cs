using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.CDrugRed;

/// <summary>The keys of an official CDrugRed record, in the order the official files write them.</summary>
internal static class CDrugRedKeys
{
    public const string PatientId = CDrugRedFields.PatientId;
    public const string VisitId = CDrugRedFields.VisitId;
    public const string Sex = "性别";
    public const string BirthMonth = "出生日期";
    public const string Ethnicity = "民族";
    public const string Bmi = "BMI";
    public const string VisitMonth = "就诊时间";
    public const string CourseDescription = "诊疗过程描述";
    public const string AdmissionState = "入院情况";
    public const string PresentIllness = "现病史";
    public const string PastHistory = "既往史";
    public const string ChiefComplaint = "主诉";
    public const string DischargeDiagnoses = "出院诊断";
    public const string DischargeMedications = CDrugRedFields.DischargeMedications;
}
