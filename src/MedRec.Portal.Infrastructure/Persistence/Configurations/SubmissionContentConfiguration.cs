using MedRec.Portal.Domain.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionContentConfiguration : IEntityTypeConfiguration<SubmissionContent>
{
    public void Configure(EntityTypeBuilder<SubmissionContent> builder)
    {
        builder.ToTable("SubmissionContents");
        builder.HasKey(c => c.SubmissionId);
        builder.HasOne<Submission>().WithOne().HasForeignKey<SubmissionContent>(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
