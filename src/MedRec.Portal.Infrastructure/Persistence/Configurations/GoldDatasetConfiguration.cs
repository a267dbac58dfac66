using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class GoldDatasetConfiguration : IEntityTypeConfiguration<GoldDataset>
{
    public void Configure(EntityTypeBuilder<GoldDataset> builder)
    {
        builder.ToTable("GoldDatasets");
        builder.ConfigureStoredFile();
        builder.HasOne<Phase>().WithMany().HasForeignKey(g => g.PhaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
