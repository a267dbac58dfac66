using System.Text;
using MedRec.Portal.Scoring.Tasks;

namespace MedRec.Portal.Scoring.Tests;

/// <summary>Builds in-memory files and a CDrugRed task with invented drug names (never real data).</summary>
internal static class TestInput
{
    /// <summary>Invented candidate drugs.</summary>
    public static readonly string[] Drugs = ["Alphazol", "Betamin", "Cetrofen", "Deltacort", "Epsilax", "Fenogrel"];

    public static CDrugRedTaskDefinition CDrugRed { get; } = new(Drugs);

    public static IcdTaskDefinition Icd => IcdTaskDefinition.Instance;

    /// <summary>The text as UTF-8 bytes, optionally with a byte-order mark.</summary>
    public static MemoryStream Utf8(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    /// <summary>A set of identifiers.</summary>
    public static IReadOnlySet<string> Ids(params string[] ids) => new HashSet<string>(ids, StringComparer.Ordinal);
}
