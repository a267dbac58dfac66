namespace MedRec.Portal.DemoData.Clinical;

/// <summary>A discharge drug and the purpose clause the notes give it (e.g. 降压).</summary>
internal sealed record PrescribedDrug(Drug Drug, string Purpose);
