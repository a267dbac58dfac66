using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MedRec.Portal.Infrastructure.Persistence;

/// <summary>Stores UTC instants as they are and reads them back with <see cref="DateTimeKind.Utc"/>.</summary>
internal sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
