namespace MedRec.Portal.Web.Components.Account.Forms;

/// <summary>A problem with one form field, as a resource key (so it shows in the reader's language) and its arguments.</summary>
/// <param name="Field">The model property the message belongs under.</param>
/// <param name="MessageKey">The key in SharedResource.resx.</param>
/// <param name="Arguments">Values for the message's placeholders.</param>
public sealed record FormError(string Field, string MessageKey, params object[] Arguments);
