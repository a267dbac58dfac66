namespace MedRec.Portal.Web.Hosting;

/// <summary>
/// Who participants write to (<c>Portal:Contact:Email</c>, <c>Portal:Contact:Name</c>): shown on the home page.
/// Unset, the page shows no contact line rather than an address nobody reads.
/// </summary>
public sealed class ContactOptions
{
    public const string Section = "Portal:Contact";

    /// <summary>The organisers' address, e.g. <c>chip2025@example.org</c>.</summary>
    public string? Email { get; set; }

    /// <summary>Who answers there, e.g. "CHIP 2025 评测组 / CHIP 2025 evaluation team".</summary>
    public string? Name { get; set; }
}
