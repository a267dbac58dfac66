using MedRec.Portal.Domain.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class GoldDatasetContentConfiguration : IEntityTypeConfiguration<GoldDatasetContent>
{
    public void Configure(EntityTypeBuilder<GoldDatasetContent> builder)
    {
        builder.ToTable("GoldDatasetContents");
        builder.HasKey(c => c.GoldDatasetId);
        builder.HasOne<GoldDataset>().WithOne().HasForeignKey<GoldDatasetContent>(c => c.GoldDatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
