namespace MedRec.Portal.Application.Features.Announcements;

public static class AnnouncementAuditActions
{
    public const string Posted = "announcement.posted";

    public const string Edited = "announcement.edited";

    public const string Deleted = "announcement.deleted";
}
