using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.ToTable("Phases");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(16);
        builder.HasIndex(p => new { p.TaskId, p.Code }).IsUnique();
        builder.Property(p => p.NameZh).HasMaxLength(100);
        builder.Property(p => p.NameEn).HasMaxLength(100);
        builder.Property(p => p.QuotaTimeZoneId).HasMaxLength(64);
        builder.Property(p => p.Representative).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.BoardVisibility).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Settings);
        builder.Ignore(p => p.IsBoardVisibleToParticipants);
        builder.HasOne<Dataset>().WithMany().HasForeignKey(p => p.InputsDatasetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GoldDataset>().WithMany().HasForeignKey(p => p.GoldDatasetId).OnDelete(DeleteBehavior.Restrict);
    }
}
