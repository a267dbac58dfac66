namespace MedRec.Portal.DemoData.Icd;

/// <summary>One demo ICD coding record with every field of the official records (some history fields may be null, as there).</summary>
internal sealed record IcdRecord(
    string RecordId,
    string ChiefComplaint,
    string PresentIllness,
    string PastHistory,
    string? PersonalHistory,
    string? MaritalHistory,
    string? FamilyHistory,
    string AdmissionState,
    string AdmissionDiagnosis,
    string TreatmentCourse,
    string? DischargeState,
    string? DischargeAdvice,
    string PrimaryCode,
    IReadOnlyList<string> OtherCodes);
