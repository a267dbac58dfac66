using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class TermsVersionConfiguration : IEntityTypeConfiguration<TermsVersion>
{
    public void Configure(EntityTypeBuilder<TermsVersion> builder)
    {
        builder.ToTable("TermsVersions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        // One row per number: two organisers publishing at once cannot both create version N.
        builder.HasIndex(t => new { t.TaskId, t.Number }).IsUnique();
        builder.Property(t => t.TextZh).HasMaxLength(TermsVersion.MaxTextLength);
        builder.Property(t => t.TextEn).HasMaxLength(TermsVersion.MaxTextLength);
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
