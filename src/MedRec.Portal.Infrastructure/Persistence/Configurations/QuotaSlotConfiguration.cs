using MedRec.Portal.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class QuotaSlotConfiguration : IEntityTypeConfiguration<QuotaSlot>
{
    public void Configure(EntityTypeBuilder<QuotaSlot> builder)
    {
        builder.ToTable("QuotaSlots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);

        // The whole quota guarantee: one submission per numbered place, enforced by the database on every provider.
        builder.HasIndex(s => new { s.PhaseId, s.TeamId, s.Kind, s.QuotaDay, s.Number }).IsUnique();
        builder.HasIndex(s => s.SubmissionId);
        builder.HasOne<Submission>().WithMany().HasForeignKey(s => s.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
