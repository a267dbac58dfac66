using MedRec.Portal.Domain.Common;

namespace MedRec.Portal.Domain.Leaderboards;

/// <summary>Why a board change is refused, worded once (translated by the pages under <c>Error.{Id}</c>).</summary>
public static class BoardRuleErrors
{
    public static readonly ErrorMessage AlreadyFrozenScheduling = new("board.already-frozen-scheduling", ErrorCodes.Conflict, "The board is already frozen (since {0}); release it before scheduling another freeze.");
    public static readonly ErrorMessage FreezeInstantPassed = new("board.freeze-instant-passed", ErrorCodes.Validation, "The freeze instant {0} has passed; choose a later instant, or freeze now.");
    public static readonly ErrorMessage AlreadyFrozen = new("board.already-frozen", ErrorCodes.Conflict, "The board is already frozen (since {0}).");
    public static readonly ErrorMessage ReasonLength = new("board.reason-length", ErrorCodes.Validation, "Give a reason of 1–{0} characters; it is kept in the audit log.");
    public static readonly ErrorMessage MergeIntoItself = new("board.merge-into-itself", ErrorCodes.Validation, "A team cannot be merged into itself.");
    public static readonly ErrorMessage ModerationAlreadyRevoked = new("board.moderation-already-revoked", ErrorCodes.Conflict, "This moderation was already revoked at {0}.");
    public static readonly ErrorMessage BaselineLabelLength = new("board.baseline-label-length", ErrorCodes.Validation, "Give the baseline a label of 1–{0} characters, e.g. \"Baseline (BERT)\".");
}
