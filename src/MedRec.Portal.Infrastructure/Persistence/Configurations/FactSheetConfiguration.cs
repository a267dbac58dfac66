using MedRec.Portal.Domain.FactSheets;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class FactSheetConfiguration : IEntityTypeConfiguration<FactSheet>
{
    public void Configure(EntityTypeBuilder<FactSheet> builder)
    {
        builder.ToTable("FactSheets");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.PdfFileName).HasMaxLength(FactSheet.MaxFileNameLength);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.Values);

        // One sheet per team and phase (two members saving at once: one wins, the other is told to reload).
        builder.HasIndex(f => new { f.PhaseId, f.TeamId }).IsUnique();
        builder.HasOne<Phase>().WithMany().HasForeignKey(f => f.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
