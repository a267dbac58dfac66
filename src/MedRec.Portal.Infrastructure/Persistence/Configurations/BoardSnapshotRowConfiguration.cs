using MedRec.Portal.Domain.Leaderboards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BoardSnapshotRowConfiguration : IEntityTypeConfiguration<BoardSnapshotRow>
{
    public void Configure(EntityTypeBuilder<BoardSnapshotRow> builder)
    {
        builder.ToTable("BoardSnapshotRows");

        // Rows are read in their stored order, a page at a time.
        builder.HasKey(r => new { r.SnapshotId, r.Position });
        builder.Property(r => r.Name).HasMaxLength(BoardSnapshotRow.MaxNameLength);
        builder.Property(r => r.MetricsJson).HasMaxLength(2000);
        builder.HasOne<BoardSnapshot>().WithMany().HasForeignKey(r => r.SnapshotId).OnDelete(DeleteBehavior.Cascade);
    }
}
