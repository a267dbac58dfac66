namespace MedRec.Portal.DemoData.CDrugRed;

/// <summary>One demo CDrugRed visit with every field of the official records (text fields may be null, as there).</summary>
internal sealed record CDrugRedVisit(
    int PatientNumber,
    string VisitId,
    string Sex,
    string BirthMonth,
    string? Ethnicity,
    double? Bmi,
    string VisitMonth,
    string CourseDescription,
    string? AdmissionState,
    string? PresentIllness,
    string? PastHistory,
    string? ChiefComplaint,
    IReadOnlyList<string> DischargeDiagnoses,
    IReadOnlyList<string> DischargeMedications);
