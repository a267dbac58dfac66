namespace MedRec.Portal.Domain.Users;

/// <summary>The UI languages; a user's preference picks the culture after sign-in.</summary>
public static class PortalLanguages
{
    public const string Chinese = "zh-CN";

    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Chinese, English];

    public static bool IsSupported(string? language) => language is Chinese or English;
}
