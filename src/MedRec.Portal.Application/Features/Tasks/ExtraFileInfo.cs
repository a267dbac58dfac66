namespace MedRec.Portal.Application.Features.Tasks;

/// <summary>An organiser's extra file as the Data tab lists it: the file, its phase (null: the whole task) and its description.</summary>
public sealed record ExtraFileInfo(DatasetInfo File, Guid? PhaseId, string Description);
