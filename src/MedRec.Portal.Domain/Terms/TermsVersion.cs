using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Terms;

/// <summary>
/// One published version of a task's data-use terms, in both UI languages (Markdown). Versions are never
/// edited: the organiser publishes a new one, and every member must accept it again before their next download
/// or submission, so each acceptance points at the exact text that was read.
/// </summary>
public sealed class TermsVersion
{
    /// <summary>Longest text per language: a licence is long, but not a book.</summary>
    public const int MaxTextLength = 50_000;

    private TermsVersion()
    {
    }

    public TermsVersion(Guid id, Guid taskId, int number, string textZh, string textEn, Guid publishedByUserId, DateTime publishedAtUtc)
    {
        Id = id;
        TaskId = taskId;
        Number = number;
        TextZh = textZh;
        TextEn = textEn;
        PublishedByUserId = publishedByUserId;
        PublishedAt = Instants.RequireUtc(publishedAtUtc, nameof(publishedAtUtc));
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    /// <summary>1, 2, 3 … per task; the highest is in force.</summary>
    public int Number { get; private set; }

    public string TextZh { get; private set; } = "";

    public string TextEn { get; private set; } = "";

    public Guid PublishedByUserId { get; private set; }

    public DateTime PublishedAt { get; private set; }

    /// <summary>Every problem with these texts: at least one language, none over the limit.</summary>
    public static IReadOnlyList<Error> Validate(string? textZh, string? textEn)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(textZh) && string.IsNullOrWhiteSpace(textEn))
        {
            errors.Add(TermsErrors.TextRequired.ForField(nameof(TextEn)));
        }

        if ((textZh?.Length ?? 0) > MaxTextLength)
        {
            errors.Add(TermsErrors.TextTooLong.ForField(nameof(TextZh), MaxTextLength));
        }

        if ((textEn?.Length ?? 0) > MaxTextLength)
        {
            errors.Add(TermsErrors.TextTooLong.ForField(nameof(TextEn), MaxTextLength));
        }

        return errors;
    }
}
