using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BoardModerationConfiguration : IEntityTypeConfiguration<BoardModeration>
{
    public void Configure(EntityTypeBuilder<BoardModeration> builder)
    {
        builder.ToTable("BoardModerations");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Target).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Reason).HasMaxLength(BoardModeration.MaxReasonLength);
        builder.Property(m => m.RevokeReason).HasMaxLength(BoardModeration.MaxReasonLength);
        builder.Property(m => m.OverrideMetricsJson).HasMaxLength(2000);
        builder.Ignore(m => m.IsActive);

        // Every board computation loads the phase's active moderations.
        builder.HasIndex(m => new { m.PhaseId, m.RevokedAt });
        builder.HasOne<Phase>().WithMany().HasForeignKey(m => m.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
