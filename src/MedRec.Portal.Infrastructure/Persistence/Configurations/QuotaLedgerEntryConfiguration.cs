using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class QuotaLedgerEntryConfiguration : IEntityTypeConfiguration<QuotaLedgerEntry>
{
    public void Configure(EntityTypeBuilder<QuotaLedgerEntry> builder)
    {
        builder.ToTable("QuotaLedger");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(QuotaLedgerEntry.MaxReasonLength);
        builder.HasIndex(e => new { e.PhaseId, e.TeamId, e.QuotaDay });
        builder.HasOne<Phase>().WithMany().HasForeignKey(e => e.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
