using MedRec.Portal.Domain.Leaderboards;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class PhaseBoardConfiguration : IEntityTypeConfiguration<PhaseBoard>
{
    public void Configure(EntityTypeBuilder<PhaseBoard> builder)
    {
        builder.ToTable("PhaseBoards");
        builder.HasKey(b => b.PhaseId);
        builder.Property(b => b.PhaseId).ValueGeneratedNever();
        builder.Property(b => b.Version).IsConcurrencyToken();

        // The snapshot job looks for due freezes and hourly boards.
        builder.HasIndex(b => b.FreezeScheduledAt);
        builder.HasOne<Phase>().WithOne().HasForeignKey<PhaseBoard>(b => b.PhaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
