using MedRec.Portal.Domain.FactSheets;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class FactSheetFormConfiguration : IEntityTypeConfiguration<FactSheetForm>
{
    public void Configure(EntityTypeBuilder<FactSheetForm> builder)
    {
        builder.ToTable("FactSheetForms");
        builder.HasKey(f => f.PhaseId);
        builder.Property(f => f.PhaseId).ValueGeneratedNever();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.Fields);
        builder.HasOne<Phase>().WithOne().HasForeignKey<FactSheetForm>(f => f.PhaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
