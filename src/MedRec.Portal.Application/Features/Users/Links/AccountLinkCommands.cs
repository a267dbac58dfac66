using MedRec.Portal.Domain.Common;
using Mediator;

namespace MedRec.Portal.Application.Features.Users.Links;

/// <summary>
/// Someone at the "forgot password" page asks for a reset link to <paramref name="Email"/>. Anonymous by nature.
/// The answer is the same whether or not the address has an account (the page must not reveal which addresses are
/// registered); only an account that exists and is not disabled gets the mail.
/// </summary>
public sealed record RequestPasswordResetCommand(string Email, Uri ResetPage) : ICommand<Result>;

/// <summary>
/// Mails the confirmation link for a new account (after registering, or from the "resend confirmation" page).
/// Same answer for every address; only an existing, unconfirmed, enabled account gets the mail.
/// </summary>
public sealed record SendEmailConfirmationCommand(string Email, Uri ConfirmPage) : ICommand<Result>;
