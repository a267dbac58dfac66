using System.Globalization;

namespace MedRec.Portal.Infrastructure.Exports;

/// <summary>A1-style references; column letters are cached because every cell of a streamed sheet names its own.</summary>
internal static class XlsxCellReference
{
    private static readonly string[] Letters = [.. Enumerable.Range(1, 256).Select(ComputeLetters)];

    /// <summary>The letters of the one-based <paramref name="column"/> (1 = A, 27 = AA).</summary>
    public static string Column(int column) => column <= Letters.Length ? Letters[column - 1] : ComputeLetters(column);

    public static string Cell(int column, int row) => string.Concat(Column(column), row.ToString(CultureInfo.InvariantCulture));

    public static string Range(int lastColumn, int lastRow) => $"A1:{Cell(lastColumn, lastRow)}";

    /// <summary>A1:K4 as $A$1:$K$4, the form defined names use.</summary>
    public static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell =>
        {
            var digits = cell.IndexOfAny("0123456789".ToCharArray());
            return $"${cell[..digits]}${cell[digits..]}";
        }));

    private static string ComputeLetters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
