using MedRec.Portal.Domain.Datasets;
using MedRec.Portal.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MedRec.Portal.Infrastructure.Persistence.Configurations;

/// <summary>The columns every stored data file shares (inputs, candidate lists, gold).</summary>
internal static class StoredFileConfiguration
{
    public static void ConfigureStoredFile<T>(this EntityTypeBuilder<T> builder)
        where T : StoredFile
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.OriginalFileName).HasMaxLength(260);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasOne<CompetitionTask>().WithMany().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
