using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Announcements;

/// <summary>
/// An organiser's news for a task, in both languages (Markdown, rendered sanitised), shown on the task page and the
/// home page; pinned ones first. <see cref="EmailedAt"/> records that it was also mailed to the registered members.
/// </summary>
public sealed class Announcement : IVersioned
{
    public const int MaxTitleLength = 200;

    public const int MaxBodyLength = 20_000;

    private Announcement()
    {
    }

    public Announcement(Guid id, Guid taskId, string titleZh, string titleEn, string bodyZh, string bodyEn, bool pinned, Guid authorId, DateTime nowUtc)
    {
        Id = id;
        TaskId = taskId;
        AuthorUserId = authorId;
        CreatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
        Edit(titleZh, titleEn, bodyZh, bodyEn, pinned, nowUtc);
    }

    public Guid Id { get; private set; }

    public Guid TaskId { get; private set; }

    public string TitleZh { get; private set; } = "";

    public string TitleEn { get; private set; } = "";

    /// <summary>Markdown.</summary>
    public string BodyZh { get; private set; } = "";

    /// <summary>Markdown.</summary>
    public string BodyEn { get; private set; } = "";

    public bool Pinned { get; private set; }

    public Guid AuthorUserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? EmailedAt { get; private set; }

    public Guid Version { get; set; }

    /// <summary>The first problem with the texts (both languages are required, within the limits), or null.</summary>
    public static Error? Check(string? titleZh, string? titleEn, string? bodyZh, string? bodyEn)
    {
        foreach (var (field, value, max) in new[]
                 {
                     ("TitleZh", titleZh, MaxTitleLength), ("TitleEn", titleEn, MaxTitleLength),
                     ("BodyZh", bodyZh, MaxBodyLength), ("BodyEn", bodyEn, MaxBodyLength),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return Error.Validation(field, $"{field} is required: an announcement is written in both Chinese and English.");
            }

            if (value.Trim().Length > max)
            {
                return Error.Validation(field, $"{field} is {value.Trim().Length} characters long; at most {max} are allowed.");
            }
        }

        return null;
    }

    public void Edit(string titleZh, string titleEn, string bodyZh, string bodyEn, bool pinned, DateTime nowUtc)
    {
        if (Check(titleZh, titleEn, bodyZh, bodyEn) is { } error)
        {
            throw new DomainRuleException(error);
        }

        TitleZh = titleZh.Trim();
        TitleEn = titleEn.Trim();
        BodyZh = bodyZh.Trim();
        BodyEn = bodyEn.Trim();
        Pinned = pinned;
        UpdatedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
    }

    public void MarkEmailed(DateTime nowUtc) => EmailedAt = Instants.RequireUtc(nowUtc, nameof(nowUtc));
}
