using MedRec.Portal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("OutboxEmails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.To).HasMaxLength(OutboxEmail.MaxAddressLength);
        builder.Property(m => m.Subject).HasMaxLength(OutboxEmail.MaxSubjectLength);
        builder.Property(m => m.Culture).HasMaxLength(OutboxEmail.MaxCultureLength);
        builder.Property(m => m.Kind).HasMaxLength(OutboxEmail.MaxKindLength);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.LastError).HasMaxLength(OutboxEmail.MaxErrorLength);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
        builder.Property(m => m.Version).IsConcurrencyToken();

        // The worker's scan: pending mail by due time.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
