using MedRec.Portal.Application.Abstractions;
using MedRec.Portal.Application.Common;
using MedRec.Portal.Application.Common.Authorization;
using MedRec.Portal.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MedRec.Portal.Application.Features.Announcements;

/// <summary>
/// Announcements, pinned first then newest: of one task (<paramref name="TaskId"/>) or of every task (the home page).
/// Anyone may read those of published tasks; organisers also see those of unpublished ones.
/// </summary>
public sealed record ListAnnouncementsQuery(Actor? Actor, Guid? TaskId = null, int Max = 20) : IQuery<Result<IReadOnlyList<AnnouncementView>>>, IParticipantAccessible;

public sealed class ListAnnouncementsHandler(IPortalDbContextFactory contexts) : IQueryHandler<ListAnnouncementsQuery, Result<IReadOnlyList<AnnouncementView>>>
{
    public const int MaxPage = 100;

    public async ValueTask<Result<IReadOnlyList<AnnouncementView>>> Handle(ListAnnouncementsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var organizer = query.Actor?.IsOrganizer == true;
        await using var db = await contexts.CreateAsync(cancellationToken).ConfigureAwait(false);
        var rows = from announcement in db.Announcements.AsNoTracking()
                   join task in db.Tasks.AsNoTracking() on announcement.TaskId equals task.Id
                   where (organizer || task.IsPublished) && (query.TaskId == null || task.Id == query.TaskId)
                   orderby announcement.Pinned descending, announcement.CreatedAt descending
                   select new AnnouncementView(announcement.Id, task.Id, task.Slug, task.TitleZh, task.TitleEn, announcement.TitleZh, announcement.TitleEn,
                       announcement.BodyZh, announcement.BodyEn, announcement.Pinned, announcement.CreatedAt, announcement.UpdatedAt, announcement.EmailedAt, announcement.Version);
        var list = await rows.Take(Math.Clamp(query.Max, 1, MaxPage)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Result<IReadOnlyList<AnnouncementView>>.Success(list);
    }
}
