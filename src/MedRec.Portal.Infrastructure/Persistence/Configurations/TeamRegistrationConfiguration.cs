using MedRec.Portal.Domain.Registrations;
using MedRec.Portal.Domain.Tasks;
using MedRec.Portal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class TeamRegistrationConfiguration : IEntityTypeConfiguration<TeamRegistration>
{
    public void Configure(EntityTypeBuilder<TeamRegistration> builder)
    {
        builder.ToTable("TeamRegistrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.TeamId).IsUnique();
        builder.HasIndex(r => new { r.TaskId, r.Status });
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.DecisionReason).HasMaxLength(TeamRegistration.MaxReasonLength);
        builder.Property(r => r.TermsVersion).HasMaxLength(40);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsApproved);
        builder.HasOne<Team>().WithOne().HasForeignKey<TeamRegistration>(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
