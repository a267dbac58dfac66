namespace MedRec.Portal.Web.Security;

/// <summary>Role names the web host authorises against.</summary>
public static class PortalRoles
{
    /// <summary>Organisers run tasks: they see the console, gold files and every team.</summary>
    public const string Organizer = "Organizer";
}
