namespace MedRec.Portal.Infrastructure.Seeding;

/// <summary>The <c>Seed</c> configuration section.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Fill an empty database with clearly labelled demo tasks, teams and accounts. On by default; set false in production.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>The first organiser, created at start when no account with that email exists.</summary>
    public OrganizerSeedOptions Organizer { get; set; } = new();
}
