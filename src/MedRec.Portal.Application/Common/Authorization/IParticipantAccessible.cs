namespace MedRec.Portal.Application.Common.Authorization;

/// <summary>
/// A message participants may send too (or anyone, where its actor is optional). The pipeline lets it through;
/// its handler decides from the actor and the records it loads what the caller may do: a team's leader, its
/// members, the submission's owner, or organisers, each with its own specific refusal. Every message that
/// carries an actor is either <see cref="IOrganizerOnly"/> or this, so a new message cannot forget to choose
/// (a test in MedRec.Portal.Application.Tests checks it).
/// </summary>
public interface IParticipantAccessible;
