using MedRec.Portal.Domain.Baselines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class BaselineModelContentConfiguration : IEntityTypeConfiguration<BaselineModelContent>
{
    public void Configure(EntityTypeBuilder<BaselineModelContent> builder)
    {
        builder.ToTable("BaselineModelContents");
        builder.HasKey(c => c.ModelId);
        builder.Property(c => c.VocabularyFileName).HasMaxLength(260);
        builder.Property(c => c.GraphFileName).HasMaxLength(260);
        builder.HasOne<BaselineModel>().WithOne().HasForeignKey<BaselineModelContent>(c => c.ModelId).OnDelete(DeleteBehavior.Cascade);
    }
}
