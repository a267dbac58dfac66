using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class TeamMergeLedgerEntryConfiguration : IEntityTypeConfiguration<TeamMergeLedgerEntry>
{
    public void Configure(EntityTypeBuilder<TeamMergeLedgerEntry> builder)
    {
        builder.ToTable("TeamMergeLedgerEntries");
        builder.HasKey(e => new { e.MergeId, e.EntryId });
        builder.HasIndex(e => e.EntryId);
        builder.HasOne<QuotaLedgerEntry>().WithMany().HasForeignKey(e => e.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
