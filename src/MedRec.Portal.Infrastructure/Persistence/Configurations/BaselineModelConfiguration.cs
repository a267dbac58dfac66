using MedRec.Portal.Domain.Baselines;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BaselineModelConfiguration : IEntityTypeConfiguration<BaselineModel>
{
    public void Configure(EntityTypeBuilder<BaselineModel> builder)
    {
        builder.ToTable("BaselineModels");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Label).HasMaxLength(BaselineModel.MaxLabelLength);
        builder.Property(m => m.ManifestName).HasMaxLength(200);
        builder.Property(m => m.PackageHash).HasMaxLength(64);
        builder.Property(m => m.OriginalFileName).HasMaxLength(260);

        // One copy of a package per task: the upload refuses a second one with the same hash.
        builder.HasIndex(m => new { m.TaskId, m.PackageHash }).IsUnique();
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(m => m.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
