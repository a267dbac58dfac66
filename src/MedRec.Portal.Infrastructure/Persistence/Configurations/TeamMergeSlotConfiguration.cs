using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class TeamMergeSlotConfiguration : IEntityTypeConfiguration<TeamMergeSlot>
{
    public void Configure(EntityTypeBuilder<TeamMergeSlot> builder)
    {
        builder.ToTable("TeamMergeSlots");
        builder.HasKey(s => new { s.MergeId, s.SlotId });

        // A refund deletes a slot; its line in the record goes with it (there is nothing left to give back).
        builder.HasIndex(s => s.SlotId);
        builder.HasOne<QuotaSlot>().WithMany().HasForeignKey(s => s.SlotId).OnDelete(DeleteBehavior.Cascade);
    }
}
