namespace MedRec.Portal.Infrastructure.Email;

/// <summary>The <c>Email:Smtp</c> settings.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
