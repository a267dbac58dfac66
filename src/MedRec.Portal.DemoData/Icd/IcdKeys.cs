using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.DemoData.Icd;

/// <summary>The keys of an official ICD coding record, in the order the official files write them.</summary>
internal static class IcdKeys
{
    public const string RecordId = IcdFields.RecordId;
    public const string ChiefComplaint = "主诉";
    public const string PresentIllness = "现病史";
    public const string PastHistory = "既往史";
    public const string PersonalHistory = "个人史";
    public const string MaritalHistory = "婚姻史";
    public const string FamilyHistory = "家族史";
    public const string AdmissionState = "入院情况";
    public const string AdmissionDiagnosis = "入院诊断";
    public const string TreatmentCourse = "诊疗经过";
    public const string DischargeState = "出院情况";
    public const string DischargeAdvice = "出院医嘱";
    public const string PrimaryCode = IcdFields.PrimaryCode;
    public const string OtherCodes = IcdFields.OtherCodes;
}
