namespace MedRec.Portal.Application.Features.Announcements;

/// <summary>An announcement as pages show it: both languages (the page picks), Markdown bodies (rendered sanitised).</summary>
public sealed record AnnouncementView(
    Guid Id,
    Guid TaskId,
    string TaskSlug,
    string TaskTitleZh,
    string TaskTitleEn,
    string TitleZh,
    string TitleEn,
    string BodyZh,
    string BodyEn,
    bool Pinned,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? EmailedAt,
    Guid Version);
