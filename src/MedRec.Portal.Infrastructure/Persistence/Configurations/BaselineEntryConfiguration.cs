using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BaselineEntryConfiguration : IEntityTypeConfiguration<BaselineEntry>
{
    public void Configure(EntityTypeBuilder<BaselineEntry> builder)
    {
        builder.ToTable("Baselines");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(BaselineEntry.MaxNameLength);
        builder.Property(b => b.OriginalFileName).HasMaxLength(260);
        builder.Property(b => b.Sha256).HasMaxLength(64);
        builder.Property(b => b.ScorerVersion).HasMaxLength(32);
        builder.HasIndex(b => b.PhaseId);
        builder.HasOne<Phase>().WithMany().HasForeignKey(b => b.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(b => b.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(b => b.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
