using MedRec.Portal.Domain.Announcements;
using MedRec.Portal.Domain.Notifications;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationOptOutConfiguration : IEntityTypeConfiguration<NotificationOptOut>
{
    public void Configure(EntityTypeBuilder<NotificationOptOut> builder)
    {
        builder.ToTable("NotificationOptOuts");
        builder.HasKey(o => new { o.UserId, o.Kind });
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PhaseReminderConfiguration : IEntityTypeConfiguration<PhaseReminder>
{
    public void Configure(EntityTypeBuilder<PhaseReminder> builder)
    {
        builder.ToTable("PhaseReminders");

        // The key is the "sent once" guarantee (see PhaseReminder).
        builder.HasKey(r => new { r.PhaseId, r.Kind });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Phase>().WithMany().HasForeignKey(r => r.PhaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.ToTable("Announcements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.TitleZh).HasMaxLength(Announcement.MaxTitleLength);
        builder.Property(a => a.TitleEn).HasMaxLength(Announcement.MaxTitleLength);
        builder.Property(a => a.BodyZh).HasMaxLength(Announcement.MaxBodyLength);
        builder.Property(a => a.BodyEn).HasMaxLength(Announcement.MaxBodyLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.TaskId, a.CreatedAt });
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
