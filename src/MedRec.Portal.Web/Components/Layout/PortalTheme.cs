using MudBlazor;

namespace MedRec.Portal.Web.Components.Layout;

/// <summary>The portal's MudBlazor theme: a calm medical blue with teal accents, CJK-capable fonts.</summary>
public static class PortalTheme
{
    /// <summary>The one theme every page uses.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1565c0",
            PrimaryDarken = "#0d47a1",
            PrimaryLighten = "#5e92f3",
            Secondary = "#00897b",
            Tertiary = "#5c6bc0",
            Info = "#0288d1",
            Success = "#2e7d32",
            Warning = "#ed6c02",
            Error = "#c62828",
            AppbarBackground = "#0b4f8a",
            AppbarText = "#ffffff",
            Background = "#f5f8fb",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "rgba(0,0,0,0.78)",
            DrawerIcon = "#1565c0",
            TextPrimary = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(0,0,0,0.62)",
            LinesDefault = "#e3e8ef",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily =
                [
                    "Inter", "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", "Noto Sans CJK SC",
                    "Roboto", "Helvetica", "Arial", "sans-serif",
                ],
            },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "8px",
            DrawerWidthLeft = "236px",
        },
    };
}
