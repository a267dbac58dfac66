namespace MedRec.Portal.Infrastructure.Email;

/// <summary>The <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary><c>Smtp</c> (default) or <c>Files</c> (development: each message becomes a .eml file).</summary>
    public string Sink { get; set; } = "Smtp";

    /// <summary>Folder for the <c>Files</c> sink.</summary>
    public string Directory { get; set; } = "./data/mail";

    public string From { get; set; } = "MedRec Portal <no-reply@medrec.local>";

    public SmtpOptions Smtp { get; set; } = new();
}
