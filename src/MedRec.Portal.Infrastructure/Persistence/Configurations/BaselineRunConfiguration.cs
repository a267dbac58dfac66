using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BaselineRunConfiguration : IEntityTypeConfiguration<BaselineRun>
{
    public void Configure(EntityTypeBuilder<BaselineRun> builder)
    {
        builder.ToTable("BaselineRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Label).HasMaxLength(BaselineEntry.MaxNameLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Provider).HasMaxLength(16);
        builder.Property(r => r.FailureReason).HasMaxLength(BaselineRun.MaxReasonLength);
        builder.Property(r => r.LeaseOwner).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Duration);
        builder.Ignore(r => r.IsFinished);

        // The worker's queue and its recovery scan; the console's list per task.
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasIndex(r => new { r.TaskId, r.RequestedAt });

        // One active run per model and phase, enforced by the database (ActiveModelId is null once a run ended;
        // nulls never collide, and SQL Server gets the IS NOT NULL filter by convention).
        builder.HasIndex(r => new { r.PhaseId, r.ActiveModelId }).IsUnique();

        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Phase>().WithMany().HasForeignKey(r => r.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BaselineModel>().WithMany().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BaselineEntry>().WithMany().HasForeignKey(r => r.BaselineEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.RequestedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
