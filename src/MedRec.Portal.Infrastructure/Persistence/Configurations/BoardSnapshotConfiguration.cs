using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BoardSnapshotConfiguration : IEntityTypeConfiguration<BoardSnapshot>
{
    public void Configure(EntityTypeBuilder<BoardSnapshot> builder)
    {
        builder.ToTable("BoardSnapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);

        // History lists, newest first.
        builder.HasIndex(s => new { s.PhaseId, s.AsOf });
        builder.HasOne<Phase>().WithMany().HasForeignKey(s => s.PhaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
