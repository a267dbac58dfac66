namespace MedRec.Portal.Web.Components.Pages.Submissions.Components;

/// <summary>A member ticked (or unticked) a submission for the final ranking.</summary>
public sealed record SelectionChange(Guid SubmissionId, bool Selected);
