using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class TeamMergeSubmissionConfiguration : IEntityTypeConfiguration<TeamMergeSubmission>
{
    public void Configure(EntityTypeBuilder<TeamMergeSubmission> builder)
    {
        builder.ToTable("TeamMergeSubmissions");
        builder.HasKey(s => new { s.MergeId, s.SubmissionId });

        // A board reads its phase's moved submissions to let the source team's moderation follow them.
        builder.HasIndex(s => s.PhaseId);
        builder.HasIndex(s => s.SubmissionId);
        builder.HasOne<Submission>().WithMany().HasForeignKey(s => s.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}
