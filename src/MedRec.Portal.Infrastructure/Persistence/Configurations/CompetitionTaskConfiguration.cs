using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class CompetitionTaskConfiguration : IEntityTypeConfiguration<CompetitionTask>
{
    public void Configure(EntityTypeBuilder<CompetitionTask> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Slug).HasMaxLength(40);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.TitleZh).HasMaxLength(200);
        builder.Property(t => t.TitleEn).HasMaxLength(200);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasMany(t => t.Phases).WithOne().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Phases).AutoInclude(false);
        builder.HasOne<Dataset>().WithMany().HasForeignKey(t => t.CandidateListDatasetId).OnDelete(DeleteBehavior.Restrict);
    }
}
