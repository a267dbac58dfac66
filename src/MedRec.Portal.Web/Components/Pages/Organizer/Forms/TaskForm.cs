using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Scoring.Tasks;
using MedRec.Portal.Web.Components.Account.Forms;

namespace MedRec.Portal.Web.Components.Pages.Organizer.Forms;

/// <summary>The task editor's fields (texts in both languages, publication).</summary>
public sealed class TaskForm
{
    public TaskKind Kind { get; set; } = TaskKind.CDrugRed;

    public string Slug { get; set; } = "";

    public string TitleZh { get; set; } = "";

    public string TitleEn { get; set; } = "";

    public string DescriptionZh { get; set; } = "";

    public string DescriptionEn { get; set; } = "";

    public string RulesZh { get; set; } = "";

    public string RulesEn { get; set; } = "";

    public bool IsPublished { get; set; }

    /// <summary>The texts for the use case.</summary>
    public TaskTexts ToTexts() => new(TitleZh.Trim(), TitleEn.Trim(), DescriptionZh, DescriptionEn, RulesZh, RulesEn);

    /// <summary>Problems the form can see before asking the server.</summary>
    public IEnumerable<FormError> Validate()
    {
        if (string.IsNullOrWhiteSpace(Slug) || Slug.Length > 40
            || !Slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            yield return new FormError(nameof(Slug), "TaskForm.Validation.Slug");
        }

        if (string.IsNullOrWhiteSpace(TitleZh) && string.IsNullOrWhiteSpace(TitleEn))
        {
            yield return new FormError(nameof(TitleEn), "TaskForm.Validation.Title");
        }
    }
}
