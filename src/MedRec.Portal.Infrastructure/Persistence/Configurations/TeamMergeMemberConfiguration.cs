using MedRec.Portal.Domain.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class TeamMergeMemberConfiguration : IEntityTypeConfiguration<TeamMergeMember>
{
    public void Configure(EntityTypeBuilder<TeamMergeMember> builder)
    {
        // No foreign key to the account: the record only says who was moved.
        builder.ToTable("TeamMergeMembers");
        builder.HasKey(m => new { m.MergeId, m.UserId });
    }
}
