using MedRec.Portal.Domain.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class DatasetContentConfiguration : IEntityTypeConfiguration<DatasetContent>
{
    public void Configure(EntityTypeBuilder<DatasetContent> builder)
    {
        builder.ToTable("DatasetContents");
        builder.HasKey(c => c.DatasetId);
        builder.HasOne<Dataset>().WithOne().HasForeignKey<DatasetContent>(c => c.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
