namespace MedRec.Portal.Infrastructure.Seeding;

/// <summary>
/// The demo accounts' documented credentials (README and docs/database.md). Demo only: production sets
/// <c>Seed:Demo=false</c>, and the seed runs only on an empty database.
/// </summary>
public static class DemoAccounts
{
    public const string OrganizerEmail = "organizer@demo.medrec";

    public const string OrganizerPassword = "demo-organizer-2025";

    /// <summary>Participants are <c>participant1@demo.medrec</c> … <c>participant6@demo.medrec</c>; the synthetic board teams are led by the next ones (participant7 …).</summary>
    public const string ParticipantEmailFormat = "participant{0}@demo.medrec";

    public const string ParticipantPassword = "demo-participant-2025";

    public const int ParticipantCount = 6;
}
