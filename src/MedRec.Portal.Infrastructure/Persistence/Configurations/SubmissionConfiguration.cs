using MedRec.Portal.Domain.Submissions;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("Submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Description).HasMaxLength(Submission.MaxDescriptionLength);
        builder.Property(s => s.OriginalFileName).HasMaxLength(260);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.FailureReason).HasMaxLength(Submission.MaxReasonLength);
        builder.Property(s => s.FailureReasonId).HasMaxLength(64);
        builder.Property(s => s.FailureReasonArguments).HasMaxLength(1000).HasConversion(NoteArguments.Converter, NoteArguments.Comparer);
        builder.Property(s => s.CountingNote).HasMaxLength(Submission.MaxReasonLength);
        builder.Property(s => s.CountingNoteId).HasMaxLength(64);
        builder.Property(s => s.CountingNoteArguments).HasMaxLength(1000).HasConversion(NoteArguments.Converter, NoteArguments.Comparer);
        builder.Property(s => s.PendingFailure).HasMaxLength(Submission.MaxReasonLength);
        builder.Property(s => s.ScorerVersion).HasMaxLength(32);
        builder.Property(s => s.PendingScorerVersion).HasMaxLength(32);
        builder.Property(s => s.LeaseOwner).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.HasPendingRescore);

        // A team's list, newest first; duplicate detection; the worker's queue; boards sorted by the primary metric.
        builder.HasIndex(s => new { s.PhaseId, s.TeamId, s.SubmittedAt });
        builder.HasIndex(s => new { s.PhaseId, s.TeamId, s.Sha256 });
        builder.HasIndex(s => new { s.Status, s.SubmittedAt });
        builder.HasIndex(s => new { s.PhaseId, s.Status, s.PrimaryScore });

        // The board (BoardCalculator): each team's count and best score from the index alone, then its best
        // submissions found by seek; and the board cache's fingerprint (count and latest scoring instant) as an
        // index-only scan. Only scored rows with a score are in the first (the filter is the board's own condition,
        // written the same way on the three databases): a smaller index, which PostgreSQL then prefers to reading the
        // whole table for the aggregate. docs/benchmarks.md has the numbers with and without them.
        builder.HasIndex(s => new { s.PhaseId, s.TeamId, s.PrimaryScore })
            .HasFilter("\"Status\" = 'Scored' AND \"PrimaryScore\" IS NOT NULL");
        builder.HasIndex(s => new { s.PhaseId, s.Status, s.ScoredAt });

        builder.HasOne<Phase>().WithMany().HasForeignKey(s => s.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.SubmittedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Submission>().WithMany().HasForeignKey(s => s.DuplicateOfSubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}
