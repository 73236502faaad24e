namespace CorrAnalytics.Etl.Sources;

/// <summary>
/// A cell of a worksheet as its package stores it: its address, its text as a spreadsheet shows
/// it unformatted, and its number when it holds one (a date, when its format is a date format, as
/// the spreadsheet's serial day number).
/// </summary>
public sealed record SheetCell(int Row, int Column, string Text, double? Number, bool IsDate)
{
    public string Address => ColumnName(Column) + Row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static SheetCell Empty(int row, int column) => new(row, column, "", null, false);

    public static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
            name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
