namespace MedRec.Portal.Domain.Submissions;

/// <summary>
/// A numbered place in a team's quota that one submission occupies. The store makes
/// (phase, team, kind, day, number) unique, so two uploads racing for the last place cannot both get it: the
/// second insert fails and that upload tries the next number, or is refused when none is left under the limit.
/// See docs/decisions/004-quota-slots-and-scoring-queue.md.
/// </summary>
public sealed class QuotaSlot
{
    /// <summary>The day stored on <see cref="QuotaSlotKind.Total"/> slots, which belong to no single day.</summary>
    public static readonly DateOnly AllDays = new(2000, 1, 1);

    private QuotaSlot()
    {
    }

    public QuotaSlot(Guid id, Guid phaseId, Guid teamId, QuotaSlotKind kind, DateOnly quotaDay, int number, Guid submissionId)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Slot numbers start at 1.");
        }

        Id = id;
        PhaseId = phaseId;
        TeamId = teamId;
        Kind = kind;
        QuotaDay = kind == QuotaSlotKind.Total ? AllDays : quotaDay;
        Number = number;
        SubmissionId = submissionId;
    }

    public Guid Id { get; private set; }

    public Guid PhaseId { get; private set; }

    public Guid TeamId { get; private set; }

    public QuotaSlotKind Kind { get; private set; }

    public DateOnly QuotaDay { get; private set; }

    /// <summary>1 … the limit in force when it was claimed.</summary>
    public int Number { get; private set; }

    public Guid SubmissionId { get; private set; }

    /// <summary>A merge moves the slot to the merged team, at a number that team has free (the unique index checks it).</summary>
    public void MoveToTeam(Guid teamId, int number)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Slot numbers start at 1.");
        }

        TeamId = teamId;
        Number = number;
    }
}
