using ClosedXML.Excel;

namespace CorrAnalytics.TestSupport;

public static class Workbooks
{
    /// <summary>Every non-empty cell of the first sheet, by address, as invariant text.</summary>
    public static Dictionary<string, string> Cells(string path)
    {
        using var workbook = new XLWorkbook(path);
        return workbook.Worksheet(1).CellsUsed().ToDictionary(
            c => c.Address.ToString()!,
            c => Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
    }

    /// <summary>The value in the cell to the right of the cell holding <paramref name="label"/>.</summary>
    public static string ValueAfter(Dictionary<string, string> cells, string label)
    {
        var address = cells.Single(c => c.Value == label).Key;
        var cell = new XLWorkbook().AddWorksheet("x").Cell(address).CellRight().Address.ToString()!;
        return cells[cell];
    }
}
