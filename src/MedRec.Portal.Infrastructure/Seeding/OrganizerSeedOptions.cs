namespace MedRec.Portal.Infrastructure.Seeding;

/// <summary><c>Seed:Organizer:Email</c>, <c>Seed:Organizer:Password</c>, <c>Seed:Organizer:DisplayName</c>.</summary>
public sealed class OrganizerSeedOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? DisplayName { get; set; }
}
