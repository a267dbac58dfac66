using MedRec.Portal.Domain.Analysis;
using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BoardAnalysisConfiguration : IEntityTypeConfiguration<BoardAnalysis>
{
    public void Configure(EntityTypeBuilder<BoardAnalysis> builder)
    {
        builder.ToTable("BoardAnalyses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.FailureReason).HasMaxLength(BoardAnalysis.MaxReasonLength);
        builder.Property(a => a.LeaseOwner).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsFinished);

        // The cache: one analysis per snapshot, so two organisers asking at once get the same job.
        builder.HasIndex(a => a.SnapshotId).IsUnique();

        // The worker's queue; the page's list per phase.
        builder.HasIndex(a => new { a.Status, a.RequestedAt });
        builder.HasIndex(a => new { a.PhaseId, a.RequestedAt });
        builder.HasOne<Phase>().WithMany().HasForeignKey(a => a.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BoardSnapshot>().WithMany().HasForeignKey(a => a.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}
