using System.Globalization;

namespace MedRec.Portal.Web.Components.Shared;

/// <summary>Byte counts as people read them (20 MiB, 1.5 KiB).</summary>
public static class FileSize
{
    /// <summary>The size in the largest binary unit that keeps it at or above 1, with at most one decimal.</summary>
    public static string Describe(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{value:0.#} {units[unit]}");
    }
}
