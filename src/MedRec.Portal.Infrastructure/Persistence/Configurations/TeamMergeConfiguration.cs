using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using MedRec.Portal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class TeamMergeConfiguration : IEntityTypeConfiguration<TeamMerge>
{
    public void Configure(EntityTypeBuilder<TeamMerge> builder)
    {
        builder.ToTable("TeamMerges");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Reason).HasMaxLength(TeamMerge.MaxReasonLength);
        builder.Property(m => m.UndoReason).HasMaxLength(TeamMerge.MaxReasonLength);
        builder.Ignore(m => m.IsUndone);

        // No foreign keys to the teams, like Team.MergedIntoTeamId: the record must not keep the target from dissolving.
        // The undo looks a source's merges up; boards look up the task's active merges.
        builder.HasIndex(m => new { m.SourceTeamId, m.UndoneAt });
        builder.HasIndex(m => new { m.TaskId, m.UndoneAt });
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(m => m.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.MergedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Members).WithOne().HasForeignKey(x => x.MergeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Submissions).WithOne().HasForeignKey(x => x.MergeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Slots).WithOne().HasForeignKey(x => x.MergeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.LedgerEntries).WithOne().HasForeignKey(x => x.MergeId).OnDelete(DeleteBehavior.Cascade);
    }
}
