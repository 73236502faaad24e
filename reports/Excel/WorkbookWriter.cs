using ClosedXML.Excel;
using CorrAnalytics.Reports.Model;

namespace CorrAnalytics.Reports.Excel;

/// <summary>
/// Writes report tables as sheets: numbers as numbers with formats, frozen header, autofilter,
/// column widths computed from the content (AdjustToContents needs GDI+, absent on Linux), and
/// every text written as text, so nothing from a source file can become a formula.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>The lines above a sheet's table, from row 1 (PUBLICATION §9): the title bold, the rest in the body size.</summary>
    public static void WriteTitleBlock(IXLWorksheet sheet, IReadOnlyList<string> lines)
    {
        for (var line = 0; line < lines.Count; line++)
        {
            var cell = sheet.Cell(line + 1, 1);
            SetText(cell, lines[line]);
            cell.Style.Font.Bold = line == 0;
            cell.Style.Font.FontSize = line == 0 ? 13 : 10;
        }
    }

    /// <param name="points">The language's unit of percentage points, written in the format of a change of a percentage.</param>
    public static void AddSheet(XLWorkbook workbook, ReportTable table, string points, WorkbookFrame frame)
    {
        var sheet = workbook.AddWorksheet(SheetName(table.SheetName));
        WriteTitleBlock(sheet, frame.TitleBlock);
        var top = frame.HeaderRow;
        var widths = table.Columns.Select(c => (double)c.Header.Length).ToArray();
        for (var c = 0; c < table.Columns.Count; c++)
            SetText(sheet.Cell(top, c + 1), table.Columns[c].Header);
        var header = sheet.Range(top, 1, top, table.Columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#1D5C87");
        header.Style.Font.FontColor = XLColor.White;
        header.Style.Alignment.WrapText = true;

        var row = top + 1;
        if (table.Rows.Count == 0)
            SetText(sheet.Cell(row++, 1), frame.None); // an empty sheet says so in its first row
        for (var r = 0; r < table.Rows.Count; r++, row++)
        {
            WriteRow(sheet, row, table.Rows[r], table.Columns, widths, points);
            if (table.IsSubtotal(r))
            {
                sheet.Row(row).Style.Font.Bold = true;
                sheet.Range(row, 1, row, table.Columns.Count).Style.Fill.BackgroundColor = XLColor.FromHtml("#EAF0F5");
            }
        }
        if (table.Totals is { } totals)
        {
            WriteRow(sheet, row, totals, table.Columns, widths, points);
            sheet.Row(row).Style.Font.Bold = true;
            sheet.Range(row, 1, row, table.Columns.Count).Style.Fill.BackgroundColor = XLColor.FromHtml("#DCE6EE");
            row++;
        }
        if (table.Note is { } note)
        {
            var cell = sheet.Cell(row + 1, 1);
            SetText(cell, note);
            cell.Style.Font.Italic = true;
        }
        for (var c = 0; c < widths.Length; c++)
            sheet.Column(c + 1).Width = Math.Clamp(widths[c] * 1.1 + 2, 8, 60);
        sheet.SheetView.FreezeRows(top);
        if (table.Rows.Count > 0)
            sheet.Range(top, 1, top + table.Rows.Count, table.Columns.Count).SetAutoFilter();
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(top, top);
        frame.Apply(sheet);
    }

    private static void WriteRow(IXLWorksheet sheet, int row, object?[] values, IReadOnlyList<ReportColumn> columns, double[] widths, string points)
    {
        for (var c = 0; c < values.Length; c++)
        {
            var cell = sheet.Cell(row, c + 1);
            var value = values[c];
            switch (value)
            {
                case null:
                    break;
                case string text:
                    SetText(cell, text);
                    widths[c] = Math.Max(widths[c], text.Length);
                    break;
                case DateTime date:
                    cell.Value = date;
                    cell.Style.NumberFormat.Format = "yyyy-mm-dd";
                    widths[c] = Math.Max(widths[c], 10);
                    break;
                default:
                    var (number, kind) = value is KindedValue k ? (k.Value, k.Kind) : (NumberFormat.ToDecimal(value), columns[c].Kind);
                    // Ratios come from sums of doubles, whose last digit depends on the order DuckDB
                    // adds the rows in; nine decimals keep every figure and make the file reproducible.
                    number = decimal.Round(number, 9, MidpointRounding.ToEven);
                    cell.Value = number;
                    cell.Style.NumberFormat.Format = FormatCode(kind, points);
                    widths[c] = Math.Max(widths[c], Math.Abs(number).ToString("#,##0.0", System.Globalization.CultureInfo.InvariantCulture).Length + 4);
                    break;
            }
        }
    }

    /// <summary>
    /// The cell format of a kind of number: counts whole with separators, money in the unit it is printed
    /// in (the cell keeps the tenge), percentages with
    /// one decimal and " %", changes signed with their unit. Separators follow the reader's own
    /// spreadsheet settings, as format codes are stored culture-neutral.
    /// </summary>
    public static string FormatCode(ValueKind kind, string points) => kind switch
    {
        ValueKind.Integer => "#,##0",
        ValueKind.Events => "#,##0;−#,##0;\"—\"",
        ValueKind.Money => "#,##0.0,,",      // tenge stored, millions shown: each trailing comma divides by a thousand
        ValueKind.MoneyPerHead => "#,##0.0,",
        ValueKind.Percent => "#,##0.0\" %\"",
        ValueKind.PercentChange => Signed("%"),
        ValueKind.PointChange => Signed(points),
        _ => "#,##0.0",
    };

    // Three sections: positive, negative (the sign written out), zero (unsigned).
    private static string Signed(string unit) => $"+#,##0.0\" {unit}\";\"−\"#,##0.0\" {unit}\";0.0\" {unit}\"";

    /// <summary>Text as text: never parsed as a number, a date or a formula.</summary>
    public static void SetText(IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
        if (text.Length > 0 && "=+-@".Contains(text[0]))
            cell.Style.IncludeQuotePrefix = true;
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Select(ch => ":\\/?*[]".Contains(ch) ? '_' : ch).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
